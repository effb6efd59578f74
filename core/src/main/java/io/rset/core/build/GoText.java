package io.rset.core.build;

import io.rset.gotemplate.ExecException;
import io.rset.gotemplate.Template;
import io.rset.gotemplate.flux.FluxTemplates;
import java.util.HashMap;
import java.util.Map;

/**
 * Go's text forms of plain Java values: {@code sigs.k8s.io/yaml.Marshal} (JSON encode, then go-yaml
 * v2 emit; spec §3.6) and {@code encoding/json.Marshal}.
 *
 * <p>Temporary adapter: it reaches the ported emitter through the template engine's public API
 * ({@code mustToYaml}, {@code mustToJson}) until {@code io.rset.gotemplate.flux.YamlMarshal} is
 * public. The templates are parsed once; parsed templates are immutable and thread-safe.
 */
final class GoText {
  private GoText() {}

  /** A value Go cannot marshal; the message is Go's error text. */
  static final class MarshalException extends Exception {
    private static final long serialVersionUID = 1L;

    MarshalException(String message) {
      super(message, null, false, false);
    }
  }

  private static final Template TO_YAML = FluxTemplates.parse("<< mustToYaml inputs.v >>");
  private static final Template TO_JSON = FluxTemplates.parse("<< mustToJson inputs.v >>");

  /** sigs.k8s.io/yaml.Marshal of v. */
  static String yaml(Object v) throws MarshalException {
    return run(TO_YAML, "mustToYaml", v);
  }

  /** encoding/json.Marshal of v (sorted keys, HTML characters escaped). */
  static String json(Object v) throws MarshalException {
    return run(TO_JSON, "mustToJson", v);
  }

  private static String run(Template t, String fn, Object v) throws MarshalException {
    Map<String, Object> in = new HashMap<>(2);
    in.put("v", v);
    try {
      return FluxTemplates.render(t, in);
    } catch (ExecException e) {
      String d = e.detail();
      String prefix = "error calling " + fn + ": ";
      throw new MarshalException(
          d != null && d.startsWith(prefix) ? d.substring(prefix.length()) : d);
    }
  }
}

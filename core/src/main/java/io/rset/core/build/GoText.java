package io.rset.core.build;

import io.rset.gotemplate.flux.YamlMarshal;
import io.rset.gotemplate.sprig.JsonMarshal;

/**
 * Go's text forms of plain Java values: {@code sigs.k8s.io/yaml.Marshal} (JSON encode, then go-yaml
 * v2 emit; spec §3.6) and {@code encoding/json.Marshal}.
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

  /** sigs.k8s.io/yaml.Marshal of v. */
  static String yaml(Object v) throws MarshalException {
    try {
      return YamlMarshal.marshal(v);
    } catch (IllegalArgumentException e) {
      throw new MarshalException(e.getMessage());
    }
  }

  /** encoding/json.Marshal of v (sorted keys, HTML characters escaped). */
  static String json(Object v) throws MarshalException {
    try {
      return JsonMarshal.marshal(v);
    } catch (IllegalArgumentException e) {
      throw new MarshalException(e.getMessage());
    }
  }
}

package io.rset.core.build;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * {@code sigs.k8s.io/yaml.YAMLToJSON} of one rendered document followed by the Kubernetes JSON
 * number rule: the first YAML document of the text as plain Java values (go-yaml v2 YAML 1.1 scalar
 * resolution, spec §3.6; integral numbers that fit int64 become {@link Long}, other numbers {@link
 * Double}).
 *
 * <p>Temporary stand-in for the {@code yaml} branch's reader (go-yaml v2 parsing with Go's exact
 * error texts): the values agree with Go for ordinary documents, error texts do not (they keep the
 * {@code yaml: line N: } shape but carry snakeyaml's problem wording).
 */
final class RenderedYaml {
  private RenderedYaml() {}

  /**
   * A document that cannot be read; the message is the text after {@code error converting YAML to
   * JSON: }.
   */
  static final class DecodeException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    DecodeException(String message, int line) {
      super(message, null, false, false);
      this.line = line;
    }

    /** 1-based line in the decoded text, or 0. */
    int line() {
      return line;
    }
  }

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setMaxAliasesForCollections(100)
          .setAllowDuplicateKeys(true)
          .setCodePointLimit(64 * 1024 * 1024)
          .build();

  private static final Set<String> TRUE =
      Set.of("y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
  private static final Set<String> FALSE =
      Set.of("n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
  private static final Set<String> NULL = Set.of("", "~", "null", "Null", "NULL");
  private static final Pattern FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  /** The first document of text, or null for an empty or null document. */
  static Object decode(String text) throws DecodeException {
    try {
      Composer composer =
          new Composer(SETTINGS, new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text)));
      if (!composer.hasNext()) {
        return null;
      }
      return value(composer.next(), new IdentityHashMap<>());
    } catch (MarkedYamlEngineException e) {
      int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(0);
      return fail(e.getProblem(), line);
    } catch (YamlEngineException e) {
      return fail(e.getMessage(), 0);
    }
  }

  private static Object fail(String problem, int line) throws DecodeException {
    String text = problem == null ? "invalid YAML" : problem;
    throw new DecodeException(
        "yaml: " + (line > 1 ? "line " + (line - 1) + ": " : "") + text, line);
  }

  private static Object value(Node n, IdentityHashMap<Node, Boolean> active)
      throws DecodeException {
    if (n instanceof ScalarNode s) {
      return scalar(s);
    }
    if (active.put(n, Boolean.TRUE) != null) {
      throw new DecodeException("yaml: anchor cycle", 0);
    }
    try {
      if (n instanceof SequenceNode seq) {
        List<Object> out = new ArrayList<>(seq.getValue().size());
        for (Node item : seq.getValue()) {
          out.add(value(item, active));
        }
        return out;
      }
      MappingNode m = (MappingNode) n;
      Map<String, Object> out = new LinkedHashMap<>();
      for (NodeTuple t : m.getValue()) {
        Object k = value(t.getKeyNode(), active);
        out.put(keyText(k), value(t.getValueNode(), active));
      }
      return out;
    } finally {
      active.remove(n);
    }
  }

  private static String keyText(Object k) throws DecodeException {
    if (k instanceof String s) {
      return s;
    }
    if (k == null) {
      return "null";
    }
    if (k instanceof Boolean || k instanceof Long) {
      return k.toString();
    }
    if (k instanceof Double d) {
      return io.rset.gotemplate.fmt.GoStrconv.formatFloat(d, 'g', -1);
    }
    throw new DecodeException("unsupported map key: " + k, 0);
  }

  private static Object scalar(ScalarNode s) {
    String v = s.getValue();
    if (s.getScalarStyle() != ScalarStyle.PLAIN) {
      return v;
    }
    if (NULL.contains(v)) {
      return null;
    }
    if (TRUE.contains(v)) {
      return Boolean.TRUE;
    }
    if (FALSE.contains(v)) {
      return Boolean.FALSE;
    }
    String plain = v.replace("_", "");
    BigInteger i = parseGoInt(plain);
    if (i != null) {
      if (i.bitLength() < 64) {
        return i.longValue();
      }
      if (i.signum() > 0 && i.bitLength() <= 64) {
        return i.doubleValue(); // uint64: JSON integer text, too large for int64
      }
    }
    if (FLOAT.matcher(plain).matches()) {
      return number(Double.parseDouble(plain));
    }
    return v;
  }

  /** A float64 after the JSON round trip: integral values Go writes without exponent are ints. */
  static Object number(double d) {
    if (d == Math.rint(d) && Math.abs(d) < 1e21) {
      BigInteger b = new java.math.BigDecimal(d).toBigInteger();
      if (b.bitLength() < 64) {
        return b.longValue();
      }
    }
    return d;
  }

  /** Go's strconv.ParseInt(s, 0, ...) syntax without the range check; null if not an integer. */
  private static BigInteger parseGoInt(String s) {
    if (s.isEmpty()) {
      return null;
    }
    int i = 0;
    boolean neg = false;
    if (s.charAt(0) == '+' || s.charAt(0) == '-') {
      neg = s.charAt(0) == '-';
      i = 1;
    }
    String body = s.substring(i);
    int radix = 10;
    if (body.length() > 1 && body.charAt(0) == '0') {
      char p = Character.toLowerCase(body.charAt(1));
      if (p == 'x') {
        radix = 16;
        body = body.substring(2);
      } else if (p == 'b') {
        radix = 2;
        body = body.substring(2);
      } else if (p == 'o') {
        radix = 8;
        body = body.substring(2);
      } else {
        radix = 8;
        body = body.substring(1);
      }
    }
    if (body.isEmpty()) {
      return null;
    }
    for (int k = 0; k < body.length(); k++) {
      if (Character.digit(body.charAt(k), radix) < 0 || body.charAt(k) > 'z') {
        return null;
      }
    }
    BigInteger b = new BigInteger(body, radix);
    return neg ? b.negate() : b;
  }
}

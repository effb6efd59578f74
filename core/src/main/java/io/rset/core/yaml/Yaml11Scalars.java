package io.rset.core.yaml;

import io.rset.gotemplate.fmt.GoStrconv;
import java.util.Base64;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * go-yaml v2's scalar resolution ({@code resolve.go}, YAML 1.1): the value a scalar decodes to
 * inside {@code interface{}} before sigs.k8s.io/yaml turns it into JSON.
 *
 * <p>Results are {@code null}, {@link Boolean}, {@link Long} (Go int), {@link Uint64} (a value
 * above int64's range), {@link Double} (possibly NaN or infinite), or {@link String}. (A plain
 * {@code <<} key is a merge key; that is decided by the reader, not here.)
 */
final class Yaml11Scalars {
  private Yaml11Scalars() {}

  /** An unsigned 64-bit value above {@link Long#MAX_VALUE} (stored as its bit pattern). */
  record Uint64(long bits) {
    @Override
    public String toString() {
      return Long.toUnsignedString(bits);
    }
  }

  /** A scalar that cannot be decoded with its explicit tag; the text is go-yaml's. */
  static final class TagMismatch extends Exception {
    private static final long serialVersionUID = 1L;

    TagMismatch(String message) {
      super(message, null, false, false);
    }
  }

  static final String STR = "tag:yaml.org,2002:str";
  static final String INT = "tag:yaml.org,2002:int";
  static final String FLOAT = "tag:yaml.org,2002:float";
  static final String BOOL = "tag:yaml.org,2002:bool";
  static final String NULL = "tag:yaml.org,2002:null";
  static final String TIMESTAMP = "tag:yaml.org,2002:timestamp";
  static final String BINARY = "tag:yaml.org,2002:binary";
  static final String MERGE_TAG = "tag:yaml.org,2002:merge";

  private static final Pattern YAML_STYLE_FLOAT =
      Pattern.compile("^[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?$");
  private static final Pattern DOT_FLOAT = Pattern.compile("^\\.[0-9]+([eE][-+]?[0-9]+)?$");

  private static final Map<String, Object> MAP = buildMap();

  private static Map<String, Object> buildMap() {
    Map<String, Object> m = new java.util.HashMap<>();
    for (String s : new String[] {"y", "Y", "yes", "Yes", "YES", "on", "On", "ON"}) {
      m.put(s, Boolean.TRUE);
    }
    for (String s : new String[] {"true", "True", "TRUE"}) {
      m.put(s, Boolean.TRUE);
    }
    for (String s : new String[] {"n", "N", "no", "No", "NO", "off", "Off", "OFF"}) {
      m.put(s, Boolean.FALSE);
    }
    for (String s : new String[] {"false", "False", "FALSE"}) {
      m.put(s, Boolean.FALSE);
    }
    for (String s : new String[] {".nan", ".NaN", ".NAN"}) {
      m.put(s, Double.NaN);
    }
    for (String s : new String[] {".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF"}) {
      m.put(s, Double.POSITIVE_INFINITY);
    }
    for (String s : new String[] {"-.inf", "-.Inf", "-.INF"}) {
      m.put(s, Double.NEGATIVE_INFINITY);
    }
    return m;
  }

  private static boolean isNullWord(String s) {
    return s.isEmpty() || s.equals("~") || s.equals("null") || s.equals("Null") || s.equals("NULL");
  }

  /** The short form go-yaml prints for a tag ({@code !!int}). */
  static String shortTag(String tag) {
    return tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.substring(18) : tag;
  }

  /** A plain scalar without a tag. */
  static Object resolvePlain(String in) {
    return resolveWithTag("", in);
  }

  /**
   * Resolves {@code in} as go-yaml v2 does for a scalar with the given tag ({@code ""} for a plain
   * untagged scalar, a full tag otherwise; quoted untagged scalars are strings and do not come
   * here).
   */
  static Object decode(String tag, String in) throws TagMismatch {
    if (tag.equals(BINARY)) {
      return decodeBinary(in);
    }
    if (!resolvable(tag)) {
      return in;
    }
    Object out = resolveWithTag(tag, in);
    String rtag = tagOf(out);
    if (tag.isEmpty() || tag.equals(rtag) || tag.equals(STR)) {
      return out;
    }
    if (tag.equals(FLOAT) && rtag.equals(INT) && out instanceof Long l) {
      return (double) l;
    }
    if (tag.equals(FLOAT) && rtag.equals(INT) && out instanceof Uint64 u) {
      return Double.parseDouble(u.toString());
    }
    if (tag.equals(TIMESTAMP) && rtag.equals(STR)) {
      // go-yaml keeps timestamps as their text; the timestamp grammar is not checked here.
      return in;
    }
    throw new TagMismatch(
        "cannot decode " + shortTag(rtag) + " `" + in + "` as a " + shortTag(tag));
  }

  private static Object decodeBinary(String in) throws TagMismatch {
    try {
      byte[] data = Base64.getDecoder().decode(in.replace("\r", "").replace("\n", ""));
      return new String(data, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw new TagMismatch("!!binary value contains invalid base64 data");
    }
  }

  private static boolean resolvable(String tag) {
    return switch (tag) {
      case "", STR, BOOL, NULL, FLOAT, INT, TIMESTAMP -> true;
      default -> false;
    };
  }

  private static String tagOf(Object v) {
    if (v == null) {
      return NULL;
    } else if (v instanceof Boolean) {
      return BOOL;
    } else if (v instanceof Long || v instanceof Uint64) {
      return INT;
    } else if (v instanceof Double) {
      return FLOAT;
    }
    return STR;
  }

  private static Object resolveWithTag(String tag, String in) {
    if (tag.equals(STR) || tag.equals(BINARY)) {
      return in;
    }
    char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
    if (hint == 0) {
      return in;
    }
    if (isNullWord(in)) {
      return null;
    }
    Object known = MAP.get(in);
    if (known != null) {
      return known;
    }
    switch (hint) {
      case '.':
        {
          Double f = parseDotFloat(in);
          return f != null ? f : in;
        }
      case 'D', 'S':
        {
          String plain = in.replace("_", "");
          GoStrconv.ParsedInt i = GoStrconv.parseInt(plain, 0);
          if (i.ok()) {
            return i.value();
          }
          GoStrconv.ParsedInt u = GoStrconv.parseUint(plain, 0);
          if (u.ok()) {
            return new Uint64(u.value());
          }
          if (YAML_STYLE_FLOAT.matcher(plain).matches()) {
            double d = Double.parseDouble(plain);
            if (!Double.isInfinite(d)) {
              return d;
            }
          }
          return in;
        }
      default:
        return in;
    }
  }

  private static char hint(char c) {
    if (c == '+' || c == '-') {
      return 'S';
    }
    if (c >= '0' && c <= '9') {
      return 'D';
    }
    if (c == '.') {
      return '.';
    }
    return switch (c) {
      case 'y', 'Y', 'n', 'N', 't', 'T', 'f', 'F', 'o', 'O', '~' -> 'M';
      default -> 0;
    };
  }

  /** strconv.ParseFloat for a text starting with '.', finite results only. */
  private static Double parseDotFloat(String in) {
    String s = in;
    if (s.indexOf('_') >= 0) {
      if (!GoStrconv.underscoreOK(s)) {
        return null;
      }
      s = s.replace("_", "");
    }
    if (!DOT_FLOAT.matcher(s).matches()) {
      return null;
    }
    double d = Double.parseDouble(s);
    return Double.isInfinite(d) ? null : d;
  }
}

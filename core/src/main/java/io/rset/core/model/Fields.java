package io.rset.core.model;

import io.rset.core.yaml.Position;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict access to the fields of one YAML mapping at a known path. Unknown keys are rejected on
 * construction (first in source order); a null value counts as absent, as the API server drops
 * nulls. Every accessor throws {@link ManifestException} naming the path and position.
 */
final class Fields {
  private final YamlMap map;
  private final String path;
  private final Set<String> present = new LinkedHashSet<>();

  private Fields(YamlMap map, String path) {
    this.map = map;
    this.path = path;
  }

  /** Reads {@code node} as an object whose only allowed keys are {@code known}. */
  static Fields strict(YamlNode node, String path, Set<String> known) {
    Fields f = new Fields(asMap(node, path), path);
    for (Map.Entry<String, YamlNode> e : f.map.entries().entrySet()) {
      if (!known.contains(e.getKey())) {
        throw new ManifestException(
            f.map.keyPositions().getOrDefault(e.getKey(), e.getValue().pos()),
            child(path, e.getKey()),
            "unknown field");
      }
    }
    f.collectPresent();
    return f;
  }

  /** Reads {@code node} as an object that may hold any keys (Kubernetes ObjectMeta leniency). */
  static Fields lenient(YamlNode node, String path) {
    Fields f = new Fields(asMap(node, path), path);
    f.collectPresent();
    return f;
  }

  private void collectPresent() {
    map.entries()
        .forEach(
            (k, v) -> {
              if (!isNull(v)) {
                present.add(k);
              }
            });
  }

  static YamlMap asMap(YamlNode node, String path) {
    if (node instanceof YamlMap m) {
      return m;
    }
    throw new ManifestException(node.pos(), path, "must be an object, not " + describe(node));
  }

  static boolean isNull(YamlNode node) {
    return node == null || (node instanceof YamlScalar s && s.value() == null);
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String index(String path, int i) {
    return path + "[" + i + "]";
  }

  static String key(String path, String key) {
    return path + "[" + key + "]";
  }

  /** A JSON-ish description of a node's type, for "must be X, not Y" messages. */
  static String describe(YamlNode node) {
    if (node instanceof YamlMap) {
      return "an object";
    }
    if (node instanceof YamlSeq) {
      return "a list";
    }
    Object v = ((YamlScalar) node).value();
    if (v == null) {
      return "null";
    }
    if (v instanceof String) {
      return "a string";
    }
    if (v instanceof Long) {
      return "an integer";
    }
    if (v instanceof Double) {
      return "a number";
    }
    if (v instanceof Boolean) {
      return "a boolean";
    }
    return v.getClass().getSimpleName();
  }

  String path() {
    return path;
  }

  Position pos() {
    return map.pos();
  }

  YamlMap map() {
    return map;
  }

  /** The keys with a non-null value (CEL has()). */
  Set<String> present() {
    return present;
  }

  boolean has(String key) {
    return present.contains(key);
  }

  /** The value node, or null when absent or null. */
  YamlNode node(String key) {
    YamlNode n = map.entries().get(key);
    return isNull(n) ? null : n;
  }

  String pathOf(String key) {
    return child(path, key);
  }

  ManifestException required(String key) {
    return new ManifestException(map.pos(), child(path, key), "Required value");
  }

  String string(String key) {
    YamlNode n = node(key);
    return n == null ? null : asString(n, child(path, key));
  }

  String requiredString(String key) {
    String s = string(key);
    if (s == null) {
      throw required(key);
    }
    return s;
  }

  static String asString(YamlNode n, String path) {
    if (n instanceof YamlScalar s && s.value() instanceof String str) {
      return str;
    }
    throw new ManifestException(n.pos(), path, "must be a string, not " + describe(n));
  }

  Boolean bool(String key) {
    YamlNode n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof YamlScalar s && s.value() instanceof Boolean b) {
      return b;
    }
    throw new ManifestException(n.pos(), child(path, key), "must be a boolean, not " + describe(n));
  }

  Long integer(String key) {
    YamlNode n = node(key);
    if (n == null) {
      return null;
    }
    if (n instanceof YamlScalar s && s.value() instanceof Long l) {
      return l;
    }
    throw new ManifestException(
        n.pos(), child(path, key), "must be an integer, not " + describe(n));
  }

  /** The list items, empty when absent. */
  List<YamlNode> list(String key) {
    YamlNode n = node(key);
    if (n == null) {
      return List.of();
    }
    if (n instanceof YamlSeq s) {
      return s.items();
    }
    throw new ManifestException(n.pos(), child(path, key), "must be a list, not " + describe(n));
  }

  /** A list of strings, empty when absent. */
  List<String> strings(String key) {
    List<String> out = new ArrayList<>();
    List<YamlNode> items = list(key);
    for (int i = 0; i < items.size(); i++) {
      out.add(asString(items.get(i), index(child(path, key), i)));
    }
    return out;
  }

  /** A free-form JSON object as plain Java values; null when absent. */
  Map<String, Object> object(String key) {
    YamlNode n = node(key);
    if (n == null) {
      return null;
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) asMap(n, child(path, key)).toValue();
    return m;
  }

  /**
   * A map string→string read as sigs.k8s.io/yaml reads it into a {@code map[string]string}: numbers
   * and booleans become their text, null becomes "", objects and lists are errors.
   */
  Map<String, String> stringMap(String key) {
    YamlNode n = node(key);
    if (n == null) {
      return Map.of();
    }
    YamlMap m = asMap(n, child(path, key));
    Map<String, String> out = new LinkedHashMap<>();
    m.entries().forEach((k, v) -> out.put(k, coerceString(v, Fields.key(child(path, key), k))));
    return out;
  }

  /** A string field read leniently (sigs.k8s.io/yaml coercion), null when absent. */
  String coercedString(String key) {
    YamlNode n = node(key);
    return n == null ? null : coerceString(n, child(path, key));
  }

  /**
   * The string sigs.k8s.io/yaml produces for a scalar decoded into a Go string: integers in
   * decimal, floats as Go's {@code FormatFloat(f, 'g', -1, 32)}, booleans as true/false, null as
   * "".
   */
  static String coerceString(YamlNode n, String path) {
    if (n instanceof YamlScalar s) {
      Object v = s.value();
      if (v == null) {
        return "";
      }
      if (v instanceof String str) {
        return str;
      }
      if (v instanceof Boolean || v instanceof Long) {
        return v.toString();
      }
      if (v instanceof Double d) {
        BigInteger big = unsigned64(s.source());
        return big != null ? big.toString() : formatFloat32(d);
      }
    }
    throw new ManifestException(n.pos(), path, "must be a string, not " + describe(n));
  }

  /** go-yaml v2 reads an integer literal beyond int64 but within uint64 as uint64. */
  private static BigInteger unsigned64(String source) {
    if (source == null) {
      return null;
    }
    String t = source.replace("_", "");
    if (t.startsWith("+")) {
      t = t.substring(1);
    }
    int radix = 10;
    if (t.startsWith("0x")) {
      radix = 16;
      t = t.substring(2);
    } else if (t.startsWith("0b")) {
      radix = 2;
      t = t.substring(2);
    } else if (t.startsWith("0o")) {
      radix = 8;
      t = t.substring(2);
    } else if (t.length() > 1 && t.startsWith("0")) {
      radix = 8;
    }
    if (t.isEmpty()) {
      return null;
    }
    try {
      BigInteger b = new BigInteger(t, radix);
      return b.signum() >= 0 && b.bitLength() <= 64 ? b : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Go's {@code strconv.FormatFloat(f, 'g', -1, 32)}. */
  static String formatFloat32(double d) {
    float f = (float) d;
    if (Float.isNaN(f)) {
      return "NaN";
    }
    if (Float.isInfinite(f)) {
      return f > 0 ? "+Inf" : "-Inf";
    }
    if (f == 0) {
      return (Float.floatToRawIntBits(f) < 0) ? "-0" : "0";
    }
    BigDecimal exact = new BigDecimal((double) f);
    BigDecimal digits = null;
    for (int p = 1; p <= 9; p++) {
      BigDecimal r = exact.round(new MathContext(p, RoundingMode.HALF_EVEN));
      if (r.floatValue() == f) {
        digits = r;
        break;
      }
    }
    if (digits == null) {
      digits = exact.round(new MathContext(9, RoundingMode.HALF_EVEN));
    }
    BigDecimal abs = digits.abs().stripTrailingZeros();
    String unscaled = abs.unscaledValue().toString();
    int nd = unscaled.length();
    int exp = nd - abs.scale() - 1; // decimal exponent of the first digit
    StringBuilder sb = new StringBuilder();
    if (digits.signum() < 0) {
      sb.append('-');
    }
    if (exp < -4 || exp >= 6) {
      sb.append(unscaled.charAt(0));
      if (nd > 1) {
        sb.append('.').append(unscaled, 1, nd);
      }
      sb.append('e').append(exp < 0 ? '-' : '+');
      int e = Math.abs(exp);
      if (e < 10) {
        sb.append('0');
      }
      sb.append(e);
    } else {
      sb.append(abs.toPlainString());
    }
    return sb.toString();
  }
}

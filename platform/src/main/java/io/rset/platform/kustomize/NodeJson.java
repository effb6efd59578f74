package io.rset.platform.kustomize;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Converts between {@link KNode}s and plain values the way kustomize writes its output: kyaml's
 * {@code MarshalJSON} decodes the node with go-yaml v3 into Go values and encodes them as JSON,
 * which is then read back with the Kubernetes number rule. So plain scalars resolve with YAML 1.2
 * rules ({@code yes} stays a string), timestamps become RFC 3339 strings, integral numbers inside
 * int64 become {@link Long}, other numbers {@link Double}.
 *
 * <p>Errors (kustomize fails the same way): NaN or infinite floats, a nested mapping with a
 * non-string key, a scalar whose explicit tag does not fit its text.
 */
final class NodeJson {
  private NodeJson() {}

  /** Why a node cannot be converted; {@link #node} is where. */
  static final class ConversionException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient KNode node;

    ConversionException(String message, KNode node) {
      super(message, null, false, false);
      this.node = node;
    }
  }

  private static final double TWO_63 = 9.223372036854775808E18;

  /** A whole resource (a mapping decoded into {@code map[string]interface{}}). */
  static Map<String, Object> toObject(KNode root) {
    Object v = toValue(root, true);
    if (!(v instanceof Map<?, ?>)) {
      throw new ConversionException("resource is not a mapping", root);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> m = (Map<String, Object>) v;
    return m;
  }

  /**
   * The value of a node. {@code topLevel}: the node is decoded into a Go map of strings, which
   * takes any scalar key; nested mappings go through {@code interface{}} and need string keys.
   */
  static Object toValue(KNode n, boolean topLevel) {
    switch (n.kind) {
      case MAP:
        {
          Map<String, Object> out = new LinkedHashMap<>();
          for (int i = 0; i + 1 < n.content.size(); i += 2) {
            KNode k = n.content.get(i);
            if (!topLevel) {
              String t = k.shortTag();
              if (!t.equals(KNode.STR) && !t.equals(KNode.MERGE)) {
                throw new ConversionException(
                    "map key "
                        + k.value
                        + " is not a string (json: unsupported type: map[interface {}]interface"
                        + " {})",
                    k);
              }
            }
            out.put(k.value, toValue(n.content.get(i + 1), false));
          }
          return out;
        }
      case SEQ:
        {
          List<Object> out = new ArrayList<>(n.content.size());
          for (KNode c : n.content) {
            out.add(toValue(c, false));
          }
          return out;
        }
      default:
        return scalar(n);
    }
  }

  /** go-yaml v3's decoding of a scalar into {@code interface{}}, then the JSON number rule. */
  static Object scalar(KNode n) {
    if (KNode.STR.equals(n.shortTag()) && isIndicatedString(n)) {
      return n.value;
    }
    V3Scalars.Resolved r;
    try {
      r = V3Scalars.resolve(n.tag, n.value);
    } catch (V3Scalars.TagMismatch e) {
      throw new ConversionException(e.getMessage(), n);
    }
    if (r.tag().equals(V3Scalars.BINARY)) {
      try {
        return new String(Base64.getMimeDecoder().decode(n.value), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        throw new ConversionException("!!binary value contains invalid base64 data", n);
      }
    }
    Object v = r.value();
    if (v instanceof V3Scalars.Timestamp t) {
      return t.rfc3339();
    }
    if (v instanceof V3Scalars.Uint64 u) {
      return Double.parseDouble(u.decimal());
    }
    if (v instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        throw new ConversionException(
            "json: unsupported value: " + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf"), n);
      }
      return normalize(d);
    }
    return v;
  }

  /** go-yaml v3's indicatedString: tagged !!str, or untagged and quoted/block style. */
  private static boolean isIndicatedString(KNode n) {
    return KNode.STR.equals(n.tag)
        || ((n.tag.isEmpty() || n.tag.equals("!")) && (n.style & KNode.QUOTED_STYLES) != 0);
  }

  /** The Kubernetes JSON number rule for a finite float64. */
  static Object normalize(double d) {
    if (d == Math.rint(d) && d >= -TWO_63 && d < TWO_63) {
      return (long) d;
    }
    return d;
  }

  /**
   * A node for a plain value, as kyaml builds one from Go values decoded from JSON (strings are
   * !!str; numbers went through float64).
   */
  static KNode fromValue(Object v) {
    if (v == null) {
      return KNode.nullNode();
    }
    if (v instanceof String s) {
      return KNode.string(s);
    }
    if (v instanceof Boolean b) {
      return KNode.scalar(KNode.BOOL, b.toString());
    }
    if (v instanceof Number num) {
      Object n = normalize(num.doubleValue());
      if (n instanceof Long l) {
        return KNode.scalar(KNode.INT, Long.toString(l));
      }
      return KNode.scalar(KNode.FLOAT, Double.toString((Double) n));
    }
    if (v instanceof Map<?, ?> m) {
      KNode out = KNode.map();
      for (Map.Entry<?, ?> e : m.entrySet()) {
        out.content.add(KNode.string(String.valueOf(e.getKey())));
        out.content.add(fromValue(e.getValue()));
      }
      return out;
    }
    if (v instanceof List<?> l) {
      KNode out = KNode.seq();
      for (Object o : l) {
        out.content.add(fromValue(o));
      }
      return out;
    }
    throw new IllegalArgumentException("not a JSON value: " + v.getClass());
  }
}

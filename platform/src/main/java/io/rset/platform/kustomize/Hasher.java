package io.rset.platform.kustomize;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * kustomize's name-suffix hash (sigs.k8s.io/kustomize/api/hasher): the SHA-256 of a canonical JSON
 * encoding (Go's encoding/json: sorted keys, HTML-escaped strings) of a ConfigMap's kind, "name",
 * data and non-empty binaryData, or a Secret's kind, type, "name", data and non-empty stringData;
 * the first ten hex digits with 0, 1, 3, a, e replaced by g, h, k, m, t.
 *
 * <p>kustomize hashes other kinds as the JSON of its node structure (positions included); only
 * generated ConfigMaps and Secrets are hashed in a build, so here other kinds use their object's
 * JSON instead.
 */
final class Hasher {
  private Hasher() {}

  /**
   * kustomize looks the name up as one field literally called "metadata/name" (its Lookup does not
   * split paths), so in practice the name is "" and does not change the hash.
   */
  private static final String NAME_PATH = "metadata/name";

  /** The hash of a ConfigMap or Secret node (any other kind: its whole JSON). */
  static String hash(KNode obj) {
    String kind = Resources.kind(obj);
    Object encoded;
    if (kind.equals("ConfigMap")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", "ConfigMap");
      m.put("name", value(obj, NAME_PATH));
      m.put("data", value(obj, "data"));
      Object bin = value(obj, "binaryData");
      if (bin instanceof Map<?, ?>) {
        m.put("binaryData", bin);
      }
      encoded = m;
    } else if (kind.equals("Secret")) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", "Secret");
      m.put("type", value(obj, "type"));
      m.put("name", value(obj, NAME_PATH));
      m.put("data", value(obj, "data"));
      Object sd = value(obj, "stringData");
      if (sd instanceof Map<?, ?>) {
        m.put("stringData", sd);
      }
      encoded = m;
    } else {
      encoded = NodeJson.toObject(obj);
    }
    return encode(hex256(json(encoded)));
  }

  /** getNodeValues: "" when missing, the raw text of a scalar, else the decoded mapping. */
  private static Object value(KNode obj, String field) {
    KNode n = obj.field(field);
    if (n == null) {
      return "";
    }
    if (n.isScalar()) {
      return n.value;
    }
    if (!n.isMap()) {
      return null; // json.Unmarshal of an array into a map fails and leaves it nil
    }
    return NodeJson.toValue(n, true);
  }

  static String encode(String hex) {
    char[] enc = hex.substring(0, 10).toCharArray();
    for (int i = 0; i < enc.length; i++) {
      enc[i] =
          switch (enc[i]) {
            case '0' -> 'g';
            case '1' -> 'h';
            case '3' -> 'k';
            case 'a' -> 'm';
            case 'e' -> 't';
            default -> enc[i];
          };
    }
    return new String(enc);
  }

  static String hex256(String data) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(data.getBytes(StandardCharsets.UTF_8));
      StringBuilder sb = new StringBuilder();
      for (byte b : d) {
        sb.append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
      }
      return sb.toString();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Go's json.Marshal of a decoded JSON value (numbers are float64). */
  static String json(Object v) {
    StringBuilder sb = new StringBuilder();
    write(sb, v);
    return sb.toString();
  }

  private static void write(StringBuilder sb, Object v) {
    if (v == null) {
      sb.append("null");
    } else if (v instanceof String s) {
      string(sb, s);
    } else if (v instanceof Boolean b) {
      sb.append(b);
    } else if (v instanceof Number n) {
      sb.append(goFloat(n.doubleValue()));
    } else if (v instanceof Map<?, ?> m) {
      List<String> keys = new ArrayList<>();
      for (Object k : m.keySet()) {
        keys.add((String) k);
      }
      keys.sort(GoStrings::compare);
      sb.append('{');
      for (int i = 0; i < keys.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        string(sb, keys.get(i));
        sb.append(':');
        write(sb, m.get(keys.get(i)));
      }
      sb.append('}');
    } else if (v instanceof List<?> l) {
      sb.append('[');
      for (int i = 0; i < l.size(); i++) {
        if (i > 0) {
          sb.append(',');
        }
        write(sb, l.get(i));
      }
      sb.append(']');
    } else {
      throw new IllegalArgumentException("not a JSON value: " + v.getClass());
    }
  }

  /** encoding/json's float64 format: %f unless the exponent is below -6 or at least 21. */
  static String goFloat(double f) {
    if (f == Math.rint(f) && Math.abs(f) < 1e21) {
      return new java.math.BigDecimal(f).toPlainString();
    }
    double abs = Math.abs(f);
    if (abs != 0 && (abs < 1e-6 || abs >= 1e21)) {
      String s = io.rset.gotemplate.fmt.GoStrconv.formatFloat(f, 'e', -1);
      int e = s.indexOf('e');
      if (e > 0 && s.length() - e == 4 && s.charAt(e + 2) == '0') {
        s = s.substring(0, e + 2) + s.substring(e + 3); // e-07 becomes e-7
      }
      return s;
    }
    return io.rset.gotemplate.fmt.GoStrconv.formatFloat(f, 'f', -1);
  }

  /** encoding/json's string encoding with HTML escaping. */
  private static void string(StringBuilder sb, String s) {
    sb.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\r' -> sb.append("\\r");
        case '\t' -> sb.append("\\t");
        case '<', '>', '&', '\u2028', '\u2029' -> sb.append(String.format("\\u%04x", (int) c));
        default -> {
          if (c < 0x20) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    sb.append('"');
  }
}

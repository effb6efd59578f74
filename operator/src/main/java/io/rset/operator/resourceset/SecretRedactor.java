package io.rset.operator.resourceset;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Removes a Secret's values from a message (a CEL evaluation error over a Secret may quote the
 * value it failed on). Values are matched as stored (base64) and decoded; every occurrence becomes
 * {@code [redacted]}.
 */
final class SecretRedactor {
  static final String MASK = "[redacted]";

  private SecretRedactor() {}

  /** Redacts {@code message} when {@code object} is a v1 Secret; returns it unchanged otherwise. */
  static String redact(String message, Map<String, Object> object) {
    if (message == null
        || !"v1".equals(object.get("apiVersion"))
        || !"Secret".equals(object.get("kind"))) {
      return message;
    }
    List<String> values = new ArrayList<>();
    for (String field : List.of("data", "stringData")) {
      if (object.get(field) instanceof Map<?, ?> m) {
        for (Object v : m.values()) {
          if (v == null) {
            continue;
          }
          String s = String.valueOf(v);
          values.add(s);
          if (field.equals("data")) {
            try {
              values.add(new String(Base64.getDecoder().decode(s), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
              // not base64: only the stored form can appear
            }
          }
        }
      }
    }
    values.sort(Comparator.comparingInt(String::length).reversed());
    String out = message;
    for (String v : values) {
      if (!v.isEmpty()) {
        out = out.replace(v, MASK);
      }
    }
    return out;
  }
}

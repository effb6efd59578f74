package io.rset.cli;

import java.util.List;
import java.util.Map;

/** Names the YAML kind of a decoded value for error messages. */
final class Kinds {
  private Kinds() {}

  static String of(Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Map<?, ?>) {
      return "a mapping";
    }
    if (v instanceof List<?>) {
      return "a sequence";
    }
    if (v instanceof String) {
      return "a string";
    }
    if (v instanceof Number) {
      return "a number";
    }
    if (v instanceof Boolean) {
      return "a boolean";
    }
    return "a " + v.getClass().getSimpleName();
  }
}

package io.rset.core.build;

/** Finds where one JSON value ends in a text, for the JSON-stream path of the decoder. */
final class JsonScan {
  private JsonScan() {}

  /**
   * The offset just after the JSON value starting at {@code start} (an object, array, string or
   * scalar token), or -1 when the text ends first.
   */
  static int valueEnd(String s, int start) {
    int depth = 0;
    int i = start;
    char c = s.charAt(i);
    if (c != '{' && c != '[' && c != '"') {
      while (i < s.length() && ",]} \t\r\n{[\"".indexOf(s.charAt(i)) < 0) {
        i++;
      }
      return i;
    }
    while (i < s.length()) {
      c = s.charAt(i);
      if (c == '"') {
        i++;
        while (i < s.length() && s.charAt(i) != '"') {
          i += s.charAt(i) == '\\' ? 2 : 1;
        }
        if (i >= s.length()) {
          return -1;
        }
        if (depth == 0) {
          return i + 1;
        }
      } else if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          return i + 1;
        }
      }
      i++;
    }
    return -1;
  }
}

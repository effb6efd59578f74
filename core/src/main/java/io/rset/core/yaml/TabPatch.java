package io.rset.core.yaml;

import org.snakeyaml.engine.v2.exceptions.ScannerException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * snakeyaml-engine refuses every tab between tokens; libyaml (go-yaml) accepts tabs as separators
 * except in indentation and right after a block indicator ({@code -}, {@code ?}, or {@code :} of a
 * complex key). When the scanner stops at such an acceptable tab, the tab is replaced by a space
 * (same length, so positions stay exact) and the text is parsed again.
 */
final class TabPatch {
  private TabPatch() {}

  static boolean isTabError(YamlEngineException e) {
    return e instanceof ScannerException se
        && se.getProblem() != null
        && se.getProblem().contains("(TAB)")
        && se.getProblemMark().isPresent();
  }

  /** The char index of the tab the scanner stopped at, or -1. */
  private static int tabIndex(String text, YamlEngineException e) {
    if (!isTabError(e)) {
      return -1;
    }
    int cp = ((ScannerException) e).getProblemMark().get().getIndex();
    if (cp < 0 || cp >= text.codePointCount(0, text.length())) {
      return -1;
    }
    int at = text.offsetByCodePoints(0, cp);
    return text.charAt(at) == '\t' ? at : -1;
  }

  /** Whether the offending tab is in the line's leading indentation (or unknown). */
  static boolean leading(String text, YamlEngineException e) {
    int at = tabIndex(text, e);
    return at < 0 || previous(text, at) < 0;
  }

  /** Index of the last non-blank char before {@code at} on the same line, or -1. */
  private static int previous(String text, int at) {
    int i = at - 1;
    while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i--;
    }
    if (i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '\r') {
      return -1;
    }
    return i;
  }

  static String patch(String text, YamlEngineException e) {
    int at = tabIndex(text, e);
    if (at < 0) {
      return null;
    }
    int prev = previous(text, at);
    if (prev < 0) {
      return null;
    }
    char c = text.charAt(prev);
    boolean indicator =
        (c == '-' || c == '?' || c == ':')
            && (prev == 0 || " \t\n\r".indexOf(text.charAt(prev - 1)) >= 0);
    if (indicator && (c != ':' || previous(text, prev) < 0)) {
      return null; // after "- ", "? " or a complex key's ":": go-yaml refuses the tab too
    }
    return text.substring(0, at) + ' ' + text.substring(at + 1);
  }
}

package io.rset.gotemplate.sprig;

/**
 * Go's path package (Base, Clean, Dir, Ext, IsAbs). On Linux path/filepath behaves identically, so
 * the os* functions use these too. Only '/' and '.' are inspected, so working on UTF-16 chars gives
 * the same results as Go's byte-wise code.
 */
final class PathGo {
  private PathGo() {}

  /** path.Clean: the shortest equivalent path by purely lexical processing. */
  static String clean(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    boolean rooted = path.charAt(0) == '/';
    int n = path.length();
    StringBuilder out = new StringBuilder(n);
    int r = 0;
    int dotdot = 0;
    if (rooted) {
      out.append('/');
      r = 1;
      dotdot = 1;
    }
    while (r < n) {
      char c = path.charAt(r);
      if (c == '/') {
        r++;
      } else if (c == '.' && (r + 1 == n || path.charAt(r + 1) == '/')) {
        r++;
      } else if (c == '.'
          && path.charAt(r + 1) == '.'
          && (r + 2 == n || path.charAt(r + 2) == '/')) {
        r += 2;
        if (out.length() > dotdot) {
          int w = out.length() - 1;
          while (w > dotdot && out.charAt(w) != '/') {
            w--;
          }
          out.setLength(w);
        } else if (!rooted) {
          if (out.length() > 0) {
            out.append('/');
          }
          out.append("..");
          dotdot = out.length();
        }
      } else {
        if ((rooted && out.length() != 1) || (!rooted && out.length() != 0)) {
          out.append('/');
        }
        while (r < n && path.charAt(r) != '/') {
          out.append(path.charAt(r));
          r++;
        }
      }
    }
    if (out.length() == 0) {
      return ".";
    }
    return out.toString();
  }

  /** path.Base: the last element; "." for an empty path, "/" for only slashes. */
  static String base(String path) {
    if (path.isEmpty()) {
      return ".";
    }
    int end = path.length();
    while (end > 0 && path.charAt(end - 1) == '/') {
      end--;
    }
    path = path.substring(0, end);
    int i = path.lastIndexOf('/');
    if (i >= 0) {
      path = path.substring(i + 1);
    }
    return path.isEmpty() ? "/" : path;
  }

  /** path.Dir: all but the last element, cleaned. */
  static String dir(String path) {
    int i = path.lastIndexOf('/');
    return clean(path.substring(0, i + 1));
  }

  /** path.Ext: the suffix from the final dot of the last element, or "". */
  static String ext(String path) {
    for (int i = path.length() - 1; i >= 0 && path.charAt(i) != '/'; i--) {
      if (path.charAt(i) == '.') {
        return path.substring(i);
      }
    }
    return "";
  }

  /** path.IsAbs. */
  static boolean isAbs(String path) {
    return !path.isEmpty() && path.charAt(0) == '/';
  }
}

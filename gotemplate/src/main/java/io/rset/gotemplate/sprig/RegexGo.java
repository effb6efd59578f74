package io.rset.gotemplate.sprig;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A compiled Go regular expression (Go's regexp.Regexp) with the methods sprig calls. Immutable and
 * thread-safe; each call runs its own {@link RegexMachine}. Instances come from {@link
 * #compile(String)}, which caches them.
 */
final class RegexGo {
  private final String expr;
  private final RegexProgram prog;
  private final List<String> subexpNames;

  private RegexGo(String expr, RegexProgram prog, List<String> subexpNames) {
    this.expr = expr;
    this.prog = prog;
    this.subexpNames = subexpNames;
  }

  // ---- compilation and cache ----

  private static final int CACHE_SIZE = 512;

  /** Cached outcomes: a RegexGo, or the RegexSyntaxError the pattern raises. */
  private static final Map<String, Object> CACHE =
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
          return size() > CACHE_SIZE;
        }
      };

  /** regexp.Compile, cached (bounded LRU; patterns are usually template constants). */
  static RegexGo compile(String expr) throws RegexSyntaxError {
    Object cached;
    synchronized (CACHE) {
      cached = CACHE.get(expr);
    }
    if (cached == null) {
      try {
        RegexParser.Result r = RegexParser.parse(expr);
        cached = new RegexGo(expr, RegexProgram.compile(r.root()), r.capNames());
      } catch (RegexSyntaxError e) {
        cached = e;
      }
      synchronized (CACHE) {
        CACHE.put(expr, cached);
      }
    }
    if (cached instanceof RegexSyntaxError e) {
      throw new RegexSyntaxError(e);
    }
    return (RegexGo) cached;
  }

  String expr() {
    return expr;
  }

  // ---- matching ----

  /** MatchString. */
  boolean matches(String s) {
    return new RegexMachine(prog).match(s, 0) != null;
  }

  /** FindString: the leftmost match, or "" if none. */
  String findString(String s) {
    int[] m = new RegexMachine(prog).match(s, 0);
    return m == null ? "" : s.substring(m[0], m[1]);
  }

  /**
   * Go's allMatches: successive non-overlapping matches; an empty match right after a previous
   * match is skipped. n < 0 means all.
   */
  List<int[]> findAll(String s, int n) {
    if (n < 0) {
      n = s.length() + 1;
    }
    List<int[]> out = new ArrayList<>();
    RegexMachine m = new RegexMachine(prog);
    int end = s.length();
    int pos = 0;
    int prevMatchEnd = -1;
    while (out.size() < n && pos <= end) {
      int[] matches = m.match(s, pos);
      if (matches == null) {
        break;
      }
      boolean accept = true;
      if (matches[1] == pos) {
        // An empty match.
        if (matches[0] == prevMatchEnd) {
          accept = false;
        }
        pos += pos < end ? Character.charCount(s.codePointAt(pos)) : 1;
      } else {
        pos = matches[1];
      }
      prevMatchEnd = matches[1];
      if (accept) {
        out.add(matches);
      }
    }
    return out;
  }

  /** FindAllString: the matched texts, or null (a nil slice) when there is none. */
  List<String> findAllString(String s, int n) {
    List<int[]> all = findAll(s, n);
    if (all.isEmpty()) {
      return null;
    }
    List<String> out = new ArrayList<>(all.size());
    for (int[] m : all) {
      out.add(s.substring(m[0], m[1]));
    }
    return out;
  }

  /** Split: Go's Regexp.Split; null for n == 0 (a nil slice). */
  List<String> split(String s, int n) {
    if (n == 0) {
      return null;
    }
    if (!expr.isEmpty() && s.isEmpty()) {
      return List.of("");
    }
    List<int[]> matches = findAll(s, n);
    List<String> strings = new ArrayList<>(matches.size());
    int beg = 0;
    int end = 0;
    for (int[] match : matches) {
      if (n > 0 && strings.size() == n - 1) {
        break;
      }
      end = match[0];
      if (match[1] != 0) {
        strings.add(s.substring(beg, end));
      }
      beg = match[1];
    }
    if (end != s.length()) {
      strings.add(s.substring(beg));
    }
    return strings;
  }

  /**
   * ReplaceAllString (literal false: $ expansion) or ReplaceAllLiteralString (literal true). The
   * result length is checked against maxLength as it grows.
   */
  String replaceAll(String src, String repl, boolean literal, int maxLength)
      throws io.rset.gotemplate.func.FuncException {
    RegexMachine m = new RegexMachine(prog);
    StringBuilder buf = new StringBuilder();
    int lastMatchEnd = 0;
    int searchPos = 0;
    int endPos = src.length();
    while (searchPos <= endPos) {
      int[] a = m.match(src, searchPos);
      if (a == null) {
        break;
      }
      buf.append(src, lastMatchEnd, a[0]);
      if (a[1] > lastMatchEnd || a[0] == 0) {
        if (literal) {
          buf.append(repl);
        } else {
          expand(buf, repl, src, a);
        }
        if (buf.length() > maxLength) {
          StrBytes.checkLength(StrBytes.byteLength(buf.toString()), maxLength);
        }
      }
      lastMatchEnd = a[1];
      int width = searchPos < endPos ? Character.charCount(src.codePointAt(searchPos)) : 0;
      if (searchPos + width > a[1]) {
        searchPos += width;
      } else if (searchPos + 1 > a[1]) {
        searchPos++;
      } else {
        searchPos = a[1];
      }
    }
    buf.append(src, lastMatchEnd, src.length());
    if (buf.length() > maxLength) {
      StrBytes.checkLength(StrBytes.byteLength(buf.toString()), maxLength);
    }
    return buf.toString();
  }

  /** Go's Regexp.expand: $1, ${1}, $name, ${name}, $$; a malformed $ is kept as text. */
  private void expand(StringBuilder dst, String template, String src, int[] match) {
    int i = 0;
    while (i < template.length()) {
      int dollar = template.indexOf('$', i);
      if (dollar < 0) {
        break;
      }
      dst.append(template, i, dollar);
      i = dollar + 1;
      if (i < template.length() && template.charAt(i) == '$') {
        dst.append('$');
        i++;
        continue;
      }
      // extract
      int p = i;
      boolean brace = false;
      if (p < template.length() && template.charAt(p) == '{') {
        brace = true;
        p++;
      }
      int nameStart = p;
      while (p < template.length()) {
        int c = template.codePointAt(p);
        if (!Character.isLetter(c) && !Character.isDigit(c) && c != '_') {
          break;
        }
        p += Character.charCount(c);
      }
      String name = template.substring(nameStart, p);
      boolean ok = !name.isEmpty();
      if (ok && brace) {
        if (p >= template.length() || template.charAt(p) != '}') {
          ok = false;
        } else {
          p++;
        }
      }
      if (!ok) {
        dst.append('$');
        continue;
      }
      i = p;
      int num = groupNumber(name);
      if (num >= 0) {
        if (2 * num + 1 < match.length && match[2 * num] >= 0) {
          dst.append(src, match[2 * num], match[2 * num + 1]);
        }
      } else {
        for (int g = 0; g < subexpNames.size(); g++) {
          if (name.equals(subexpNames.get(g)) && 2 * g + 1 < match.length && match[2 * g] >= 0) {
            dst.append(src, match[2 * g], match[2 * g + 1]);
            break;
          }
        }
      }
    }
    dst.append(template, i, template.length());
  }

  /** The group number a $name denotes: all ASCII digits, no leading zero; else -1. */
  private static int groupNumber(String name) {
    int num = 0;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9' || num >= 100_000_000) {
        return -1;
      }
      num = num * 10 + c - '0';
    }
    if (name.charAt(0) == '0' && name.length() > 1) {
      return -1;
    }
    return num;
  }

  /** regexp.QuoteMeta. */
  static String quoteMeta(String s) {
    StringBuilder sb = new StringBuilder(s.length() * 2);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if ("\\.+*?()|[]{}^$".indexOf(c) >= 0) {
        sb.append('\\');
      }
      sb.append(c);
    }
    return sb.toString();
  }
}

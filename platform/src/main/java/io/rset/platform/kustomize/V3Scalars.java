package io.rset.platform.kustomize;

import io.rset.gotemplate.fmt.GoStrconv;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * go-yaml v3's scalar resolution ({@code resolve.go} of sigs.k8s.io/yaml/goyaml.v3, which kyaml
 * uses): YAML 1.2 booleans and nulls, Go integer syntax (underscores dropped, 0x/0o/0b and legacy
 * 0-octal), floats, and timestamps (which kustomize's JSON step turns into RFC 3339 strings).
 */
final class V3Scalars {
  private V3Scalars() {}

  /** A resolved scalar: its tag and value. */
  record Resolved(String tag, Object value) {}

  /** An unsigned integer above int64's range, as its decimal text. */
  record Uint64(String decimal) {}

  /** A timestamp, already formatted as Go's time.Time JSON (RFC 3339 with nanoseconds). */
  record Timestamp(String rfc3339) {}

  /** A value that cannot be decoded with its explicit tag. */
  static final class TagMismatch extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TagMismatch(String message) {
      super(message, null, false, false);
    }
  }

  static final String TIMESTAMP = "!!timestamp";
  static final String BINARY = "!!binary";
  private static final String LONG_PREFIX = "tag:yaml.org,2002:";

  private static final Pattern YAML_STYLE_FLOAT =
      Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

  private static final Object NULL_VALUE = new Object();
  private static final Map<String, Object> WORDS = buildWords();

  private static Map<String, Object> buildWords() {
    Map<String, Object> m = new java.util.HashMap<>();
    for (String s : new String[] {"true", "True", "TRUE"}) {
      m.put(s, Boolean.TRUE);
    }
    for (String s : new String[] {"false", "False", "FALSE"}) {
      m.put(s, Boolean.FALSE);
    }
    for (String s : new String[] {"", "~", "null", "Null", "NULL"}) {
      m.put(s, NULL_VALUE);
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

  /** go-yaml's shortTag: {@code tag:yaml.org,2002:x} becomes {@code !!x}. */
  static String shortTag(String tag) {
    if (tag.startsWith(LONG_PREFIX)) {
      return "!!" + tag.substring(LONG_PREFIX.length());
    }
    return tag;
  }

  /** The tag an untagged plain scalar resolves to. */
  static String resolveTag(String in) {
    return resolve("", in).tag();
  }

  private static boolean resolvable(String tag) {
    return switch (tag) {
      case "", KNode.STR, KNode.BOOL, KNode.INT, KNode.FLOAT, KNode.NULL, TIMESTAMP -> true;
      default -> false;
    };
  }

  /**
   * go-yaml v3's resolve(tag, in). Values: null, Boolean, Long, {@link Uint64}, Double, {@link
   * Timestamp} or String.
   *
   * @throws TagMismatch when an explicit tag does not fit the text
   */
  static Resolved resolve(String tag, String in) {
    tag = shortTag(tag);
    if (!resolvable(tag)) {
      return new Resolved(tag, in);
    }
    Resolved r = resolveUnchecked(tag, in);
    if (tag.isEmpty() || tag.equals(r.tag()) || tag.equals(KNode.STR) || tag.equals(BINARY)) {
      return r;
    }
    if (tag.equals(KNode.FLOAT) && r.tag().equals(KNode.INT)) {
      if (r.value() instanceof Long l) {
        return new Resolved(KNode.FLOAT, (double) l);
      }
    }
    throw new TagMismatch("cannot decode " + r.tag() + " `" + in + "` as a " + tag);
  }

  private static Resolved resolveUnchecked(String tag, String in) {
    char hint = in.isEmpty() ? 'N' : hint(in.charAt(0));
    if (hint != 0 && !tag.equals(KNode.STR) && !tag.equals(BINARY)) {
      Object w = WORDS.get(in);
      if (w != null) {
        if (w == NULL_VALUE) {
          return new Resolved(KNode.NULL, null);
        }
        if (w instanceof Boolean) {
          return new Resolved(KNode.BOOL, w);
        }
        return new Resolved(KNode.FLOAT, w);
      }
      switch (hint) {
        case '.' -> {
          GoStrconv.ParsedFloat f = GoStrconv.parseFloat(in);
          if (f.ok()) {
            return new Resolved(KNode.FLOAT, f.value());
          }
        }
        case 'D', 'S' -> {
          if (tag.isEmpty() || tag.equals(TIMESTAMP)) {
            String ts = Timestamps.parse(in);
            if (ts != null) {
              return new Resolved(TIMESTAMP, new Timestamp(ts));
            }
          }
          String plain = in.replace("_", "");
          GoStrconv.ParsedInt i = GoStrconv.parseInt(plain, 0);
          if (i.error() == null) {
            return new Resolved(KNode.INT, i.value());
          }
          GoStrconv.ParsedInt u = GoStrconv.parseUint(plain, 0);
          if (u.error() == null) {
            return new Resolved(KNode.INT, new Uint64(Long.toUnsignedString(u.value())));
          }
          if (YAML_STYLE_FLOAT.matcher(plain).matches()) {
            GoStrconv.ParsedFloat f = GoStrconv.parseFloat(plain);
            if (f.ok()) {
              return new Resolved(KNode.FLOAT, f.value());
            }
          }
          Resolved p = prefixed(plain);
          if (p != null) {
            return p;
          }
        }
        default -> {}
      }
    }
    return new Resolved(KNode.STR, in);
  }

  private static Resolved prefixed(String plain) {
    for (String[] pre : new String[][] {{"0b", "2"}, {"0o", "8"}}) {
      int base = Integer.parseInt(pre[1]);
      if (plain.startsWith(pre[0])) {
        GoStrconv.ParsedInt i = GoStrconv.parseInt(plain.substring(2), base);
        if (i.error() == null) {
          return new Resolved(KNode.INT, i.value());
        }
        GoStrconv.ParsedInt u = GoStrconv.parseUint(plain.substring(2), base);
        if (u.error() == null) {
          return new Resolved(KNode.INT, new Uint64(Long.toUnsignedString(u.value())));
        }
        return null;
      }
      if (plain.startsWith("-" + pre[0])) {
        GoStrconv.ParsedInt i = GoStrconv.parseInt("-" + plain.substring(3), base);
        if (i.error() == null) {
          return new Resolved(KNode.INT, i.value());
        }
        return null;
      }
    }
    return null;
  }

  private static char hint(char c) {
    if (c == '+' || c == '-') {
      return 'S';
    }
    if (c >= '0' && c <= '9') {
      return 'D';
    }
    if ("yYnNtTfFoO~".indexOf(c) >= 0) {
      return 'M';
    }
    if (c == '.') {
      return '.';
    }
    return 0;
  }

  /** The subset of YAML timestamps go-yaml v3 accepts, parsed with Go's time.Parse rules. */
  static final class Timestamps {
    private Timestamps() {}

    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern TIME =
        Pattern.compile("(\\d{1,2}):(\\d{1,2}):(\\d{1,2})(?:[.,](\\d+))?");

    /** The RFC 3339 (nanosecond) text of a timestamp go-yaml accepts, or null. */
    static String parse(String s) {
      int i = 0;
      while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
        i++;
      }
      if (i != 4 || i == s.length() || s.charAt(i) != '-') {
        return null;
      }
      String r = parseDateOnly(s);
      if (r != null) {
        return r;
      }
      for (String sep : new String[] {"T", "t", " "}) {
        r = parseDateTime(s, sep);
        if (r != null) {
          return r;
        }
      }
      return null;
    }

    private static String parseDateOnly(String s) {
      Matcher m = DATE.matcher(s);
      if (!m.matches()) {
        return null;
      }
      int[] ymd = date(m);
      return ymd == null ? null : format(ymd, 0, 0, 0, "", "Z");
    }

    private static String parseDateTime(String s, String sep) {
      int t = s.indexOf(sep);
      if (t < 0) {
        return null;
      }
      Matcher dm = DATE.matcher(s.substring(0, t));
      if (!dm.matches()) {
        return null;
      }
      int[] ymd = date(dm);
      if (ymd == null) {
        return null;
      }
      String rest = s.substring(t + 1);
      Matcher tm = TIME.matcher(rest);
      if (!tm.lookingAt()) {
        return null;
      }
      int h = Integer.parseInt(tm.group(1));
      int mi = Integer.parseInt(tm.group(2));
      int se = Integer.parseInt(tm.group(3));
      if (h > 23 || mi > 59 || se > 59) {
        return null;
      }
      String frac = tm.group(4) == null ? "" : tm.group(4);
      if (frac.length() > 9) {
        frac = frac.substring(0, 9);
      }
      frac = frac.replaceAll("0+$", "");
      String zone = rest.substring(tm.end());
      String z;
      if (sep.equals(" ")) {
        if (!zone.isEmpty()) {
          return null;
        }
        z = "Z";
      } else if (zone.equals("Z")) {
        z = "Z";
      } else if (zone.length() == 6
          && (zone.charAt(0) == '+' || zone.charAt(0) == '-')
          && zone.charAt(3) == ':'
          && digits(zone, 1, 3)
          && digits(zone, 4, 6)) {
        int zh = Integer.parseInt(zone.substring(1, 3));
        int zm = Integer.parseInt(zone.substring(4, 6));
        if (zh > 24 || zm > 60) {
          return null;
        }
        z = zh == 0 && zm == 0 ? "Z" : zone;
      } else {
        return null;
      }
      return format(ymd, h, mi, se, frac, z);
    }

    private static boolean digits(String s, int from, int to) {
      for (int i = from; i < to; i++) {
        if (s.charAt(i) < '0' || s.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    private static int[] date(Matcher m) {
      int y = Integer.parseInt(m.group(1));
      int mo = Integer.parseInt(m.group(2));
      int d = Integer.parseInt(m.group(3));
      if (mo < 1 || mo > 12 || d < 1 || d > java.time.YearMonth.of(y, mo).lengthOfMonth()) {
        return null;
      }
      return new int[] {y, mo, d};
    }

    private static String format(int[] ymd, int h, int mi, int se, String frac, String zone) {
      return String.format(
          "%04d-%02d-%02dT%02d:%02d:%02d%s%s",
          ymd[0], ymd[1], ymd[2], h, mi, se, frac.isEmpty() ? "" : "." + frac, zone);
    }
  }
}

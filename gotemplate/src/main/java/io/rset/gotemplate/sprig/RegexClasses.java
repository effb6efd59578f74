package io.rset.gotemplate.sprig;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Character classes as sorted lists of inclusive [lo, hi] rune ranges (Go's representation), the
 * Perl, POSIX and Unicode groups, and Unicode simple case folding.
 */
final class RegexClasses {
  private RegexClasses() {}

  static final int MAX_RUNE = 0x10FFFF;
  static final int MIN_FOLD = 0x0041;
  static final int MAX_FOLD = 0x1E943;

  /** A growable list of ranges, in the spirit of Go's []rune class buffers. */
  static final class Builder {
    private int[] r = new int[16];
    private int n;

    int size() {
      return n;
    }

    /** appendRange: adds [lo, hi], merging with one of the last two ranges when they touch. */
    Builder add(int lo, int hi) {
      for (int i = 2; i <= 4; i += 2) {
        if (n >= i) {
          int rlo = r[n - i];
          int rhi = r[n - i + 1];
          if (lo <= rhi + 1 && rlo <= hi + 1) {
            if (lo < rlo) {
              r[n - i] = lo;
            }
            if (hi > rhi) {
              r[n - i + 1] = hi;
            }
            return this;
          }
        }
      }
      if (n + 2 > r.length) {
        r = Arrays.copyOf(r, r.length * 2);
      }
      r[n++] = lo;
      r[n++] = hi;
      return this;
    }

    /** appendFoldedRange: [lo, hi] plus every rune case-equivalent to one of them. */
    Builder addFolded(int lo, int hi) {
      if (lo <= MIN_FOLD && hi >= MAX_FOLD) {
        return add(lo, hi);
      }
      if (hi < MIN_FOLD || lo > MAX_FOLD) {
        return add(lo, hi);
      }
      if (lo < MIN_FOLD) {
        add(lo, MIN_FOLD - 1);
        lo = MIN_FOLD;
      }
      if (hi > MAX_FOLD) {
        add(MAX_FOLD + 1, hi);
        hi = MAX_FOLD;
      }
      for (int c = lo; c <= hi; c++) {
        add(c, c);
        for (int f = simpleFold(c); f != c; f = simpleFold(f)) {
          add(f, f);
        }
      }
      return this;
    }

    Builder addClass(int[] x) {
      for (int i = 0; i < x.length; i += 2) {
        add(x[i], x[i + 1]);
      }
      return this;
    }

    Builder addFoldedClass(int[] x) {
      for (int i = 0; i < x.length; i += 2) {
        addFolded(x[i], x[i + 1]);
      }
      return this;
    }

    Builder addNegatedClass(int[] x) {
      int nextLo = 0;
      for (int i = 0; i < x.length; i += 2) {
        if (nextLo <= x[i] - 1) {
          add(nextLo, x[i] - 1);
        }
        nextLo = x[i + 1] + 1;
      }
      if (nextLo <= MAX_RUNE) {
        add(nextLo, MAX_RUNE);
      }
      return this;
    }

    /** cleanClass: the ranges sorted and merged. */
    int[] clean() {
      int pairs = n / 2;
      long[] packed = new long[pairs];
      for (int i = 0; i < pairs; i++) {
        // Sort by lo increasing, hi decreasing.
        packed[i] = ((long) r[2 * i] << 32) | (0xFFFFFFFFL & (MAX_RUNE - r[2 * i + 1]));
      }
      Arrays.sort(packed);
      int[] out = new int[n];
      int w = 0;
      for (long p : packed) {
        int lo = (int) (p >>> 32);
        int hi = MAX_RUNE - (int) (p & 0xFFFFFFFFL);
        if (w > 0 && lo <= out[w - 1] + 1) {
          if (hi > out[w - 1]) {
            out[w - 1] = hi;
          }
          continue;
        }
        out[w++] = lo;
        out[w++] = hi;
      }
      return Arrays.copyOf(out, w);
    }
  }

  /** negateClass of a clean class. */
  static int[] negate(int[] clean) {
    return new Builder().addNegatedClass(clean).clean();
  }

  /** Whether r is in the clean class. */
  static boolean contains(int[] cls, int r) {
    int lo = 0;
    int hi = cls.length / 2 - 1;
    while (lo <= hi) {
      int m = (lo + hi) >>> 1;
      if (r < cls[2 * m]) {
        hi = m - 1;
      } else if (r > cls[2 * m + 1]) {
        lo = m + 1;
      } else {
        return true;
      }
    }
    return false;
  }

  // ---- case folding ----

  private static final class Fold {
    /** rune -> next rune of its case-folding orbit (only runes whose orbit has several members). */
    static final Map<Integer, Integer> NEXT = build();

    private static Map<Integer, Integer> build() {
      Map<Integer, List<Integer>> orbits = new HashMap<>();
      for (int c = MIN_FOLD; c <= MAX_FOLD; c++) {
        if (c == 0x130 || c == 0x131) {
          continue; // dotted/dotless i fold only with special (Turkic) rules
        }
        // Runes with the same lower(upper(c)) share an orbit, e.g. k, K and the Kelvin sign.
        int key = Character.toLowerCase(Character.toUpperCase(c));
        orbits.computeIfAbsent(key, k -> new ArrayList<>()).add(c);
      }
      Map<Integer, Integer> next = new HashMap<>();
      for (List<Integer> orbit : orbits.values()) {
        if (orbit.size() < 2) {
          continue;
        }
        orbit.sort(null);
        for (int i = 0; i < orbit.size(); i++) {
          next.put(orbit.get(i), orbit.get((i + 1) % orbit.size()));
        }
      }
      return next;
    }
  }

  /**
   * unicode.SimpleFold: the next rune (cyclically, in increasing order) of r's case-folding orbit,
   * or r itself.
   */
  static int simpleFold(int r) {
    if (r < MIN_FOLD || r > MAX_FOLD) {
      return r;
    }
    Integer n = Fold.NEXT.get(r);
    return n == null ? r : n;
  }

  /** The smallest rune of r's orbit. */
  static int minFoldRune(int r) {
    if (r < MIN_FOLD || r > MAX_FOLD) {
      return r;
    }
    int m = r;
    for (int f = simpleFold(r); f != r; f = simpleFold(f)) {
      m = Math.min(m, f);
    }
    return m;
  }

  // ---- groups ----

  /** A named group: its ranges and whether it is negated. */
  record Group(int[] cls, boolean negated) {}

  private static final int[] DIGIT = {'0', '9'};
  private static final int[] SPACE = {'\t', '\n', '\f', '\r', ' ', ' '};
  private static final int[] WORD = {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'};

  /** \d \s \w \D \S \W. */
  static Group perlGroup(char c) {
    return switch (c) {
      case 'd' -> new Group(DIGIT, false);
      case 'D' -> new Group(DIGIT, true);
      case 's' -> new Group(SPACE, false);
      case 'S' -> new Group(SPACE, true);
      case 'w' -> new Group(WORD, false);
      case 'W' -> new Group(WORD, true);
      default -> null;
    };
  }

  private static final Map<String, int[]> POSIX =
      Map.ofEntries(
          Map.entry("alnum", new int[] {'0', '9', 'A', 'Z', 'a', 'z'}),
          Map.entry("alpha", new int[] {'A', 'Z', 'a', 'z'}),
          Map.entry("ascii", new int[] {0, 0x7F}),
          Map.entry("blank", new int[] {'\t', '\t', ' ', ' '}),
          Map.entry("cntrl", new int[] {0, 0x1F, 0x7F, 0x7F}),
          Map.entry("digit", new int[] {'0', '9'}),
          Map.entry("graph", new int[] {'!', '~'}),
          Map.entry("lower", new int[] {'a', 'z'}),
          Map.entry("print", new int[] {' ', '~'}),
          Map.entry("punct", new int[] {'!', '/', ':', '@', '[', '`', '{', '~'}),
          Map.entry("space", new int[] {'\t', '\r', ' ', ' '}),
          Map.entry("upper", new int[] {'A', 'Z'}),
          Map.entry("word", new int[] {'0', '9', 'A', 'Z', '_', '_', 'a', 'z'}),
          Map.entry("xdigit", new int[] {'0', '9', 'A', 'F', 'a', 'f'}));

  /** A POSIX class by its bracketed name, e.g. {@code [:alpha:]} or {@code [:^alpha:]}. */
  static Group posixGroup(String bracketed) {
    String inner = bracketed.substring(2, bracketed.length() - 2);
    boolean neg = inner.startsWith("^");
    int[] cls = POSIX.get(neg ? inner.substring(1) : inner);
    return cls == null ? null : new Group(cls, neg);
  }

  private static final Map<String, int[]> UNICODE_CACHE = new ConcurrentHashMap<>();

  private static final Map<String, Integer> CATEGORIES = categories();

  private static Map<String, Integer> categories() {
    Map<String, Integer> m = new HashMap<>();
    m.put("Lu", (int) Character.UPPERCASE_LETTER);
    m.put("Ll", (int) Character.LOWERCASE_LETTER);
    m.put("Lt", (int) Character.TITLECASE_LETTER);
    m.put("Lm", (int) Character.MODIFIER_LETTER);
    m.put("Lo", (int) Character.OTHER_LETTER);
    m.put("Mn", (int) Character.NON_SPACING_MARK);
    m.put("Mc", (int) Character.COMBINING_SPACING_MARK);
    m.put("Me", (int) Character.ENCLOSING_MARK);
    m.put("Nd", (int) Character.DECIMAL_DIGIT_NUMBER);
    m.put("Nl", (int) Character.LETTER_NUMBER);
    m.put("No", (int) Character.OTHER_NUMBER);
    m.put("Pc", (int) Character.CONNECTOR_PUNCTUATION);
    m.put("Pd", (int) Character.DASH_PUNCTUATION);
    m.put("Ps", (int) Character.START_PUNCTUATION);
    m.put("Pe", (int) Character.END_PUNCTUATION);
    m.put("Pi", (int) Character.INITIAL_QUOTE_PUNCTUATION);
    m.put("Pf", (int) Character.FINAL_QUOTE_PUNCTUATION);
    m.put("Po", (int) Character.OTHER_PUNCTUATION);
    m.put("Sm", (int) Character.MATH_SYMBOL);
    m.put("Sc", (int) Character.CURRENCY_SYMBOL);
    m.put("Sk", (int) Character.MODIFIER_SYMBOL);
    m.put("So", (int) Character.OTHER_SYMBOL);
    m.put("Zs", (int) Character.SPACE_SEPARATOR);
    m.put("Zl", (int) Character.LINE_SEPARATOR);
    m.put("Zp", (int) Character.PARAGRAPH_SEPARATOR);
    m.put("Cc", (int) Character.CONTROL);
    m.put("Cf", (int) Character.FORMAT);
    m.put("Co", (int) Character.PRIVATE_USE);
    m.put("Cs", (int) Character.SURROGATE);
    return m;
  }

  /**
   * Go 1.23's unicodeTable: "Any", a general category (one or two letters, exact case; "C" has no
   * Cn) or a script name (Go's spelling, e.g. "Greek", "Old_Italic"). Null when unknown.
   */
  static int[] unicodeTable(String name) {
    if (name.equals("Any")) {
      return new int[] {0, MAX_RUNE};
    }
    boolean known =
        CATEGORIES.containsKey(name)
            || (name.length() == 1 && "LMNPSZC".contains(name))
            || scriptOf(name) != null;
    if (!known) {
      return null;
    }
    return UNICODE_CACHE.computeIfAbsent(name, RegexClasses::buildTable);
  }

  private static Character.UnicodeScript scriptOf(String goName) {
    if (goName.isEmpty() || goName.equals("Unknown")) {
      return null;
    }
    Character.UnicodeScript s;
    try {
      s = Character.UnicodeScript.valueOf(goName.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
    return goScriptName(s).equals(goName) ? s : null;
  }

  private static String goScriptName(Character.UnicodeScript s) {
    if (s == Character.UnicodeScript.SIGNWRITING) {
      return "SignWriting";
    }
    StringBuilder sb = new StringBuilder();
    for (String part : s.name().split("_")) {
      if (sb.length() > 0) {
        sb.append('_');
      }
      sb.append(part.charAt(0)).append(part.substring(1).toLowerCase(Locale.ROOT));
    }
    return sb.toString();
  }

  private static int[] buildTable(String name) {
    java.util.function.IntPredicate in;
    Integer cat = CATEGORIES.get(name);
    if (cat != null) {
      int t = cat;
      in = c -> Character.getType(c) == t;
    } else if (name.length() == 1) {
      String prefix = name;
      in =
          c -> {
            int t = Character.getType(c);
            return t != Character.UNASSIGNED && categoryName(t).startsWith(prefix);
          };
    } else {
      Character.UnicodeScript s = scriptOf(name);
      in = c -> Character.UnicodeScript.of(c) == s;
    }
    Builder b = new Builder();
    int c = 0;
    while (c <= MAX_RUNE) {
      if (!in.test(c)) {
        c++;
        continue;
      }
      int lo = c;
      while (c + 1 <= MAX_RUNE && in.test(c + 1)) {
        c++;
      }
      b.add(lo, c);
      c++;
    }
    return b.clean();
  }

  private static final Map<Integer, String> CATEGORY_NAMES = new HashMap<>();

  static {
    for (Map.Entry<String, Integer> e : CATEGORIES.entrySet()) {
      CATEGORY_NAMES.put(e.getValue(), e.getKey());
    }
  }

  private static String categoryName(int type) {
    String n = CATEGORY_NAMES.get(type);
    return n == null ? "Cn" : n;
  }
}

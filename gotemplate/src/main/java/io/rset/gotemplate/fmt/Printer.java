package io.rset.gotemplate.fmt;

import io.rset.gotemplate.value.GoComplex;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoMap;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoTime;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import io.rset.gotemplate.value.Values;
import java.util.List;
import java.util.Map;

/**
 * Go's fmt printer state (print.go's pp with format.go's fmt) writing into a StringBuilder. One
 * instance formats one call; it is not thread-safe.
 */
final class Printer {
  private static final String LDIGITS = "0123456789abcdefx";
  private static final String UDIGITS = "0123456789ABCDEFX";

  final StringBuilder buf;

  // Flags (fmtFlags), width and precision.
  boolean widPresent;
  boolean precPresent;
  boolean minus;
  boolean plus;
  boolean sharp;
  boolean space;
  boolean zero;
  boolean plusV;
  boolean sharpV;
  int wid;
  int prec;

  /** The value being printed, for badVerb; {@code hasCur} false means Go's nil/invalid. */
  private Object cur;

  private boolean hasCur;
  private boolean erroring;
  private boolean reordered;
  private boolean goodArgNum;

  private char[] intbuf;

  Printer(StringBuilder buf) {
    this.buf = buf;
  }

  void clearFlags() {
    widPresent = false;
    precPresent = false;
    minus = false;
    plus = false;
    sharp = false;
    space = false;
    zero = false;
    plusV = false;
    sharpV = false;
    wid = 0;
    prec = 0;
  }

  // ------------------------------------------------------------------ Print, Println, Printf

  void doPrint(Object[] a) {
    boolean prevString = false;
    for (int i = 0; i < a.length; i++) {
      Object arg = a[i];
      boolean isString = arg instanceof String;
      if (i > 0 && !isString && !prevString) {
        buf.append(' ');
      }
      printArg(arg, 'v');
      prevString = isString;
    }
  }

  void doPrintln(Object[] a) {
    for (int i = 0; i < a.length; i++) {
      if (i > 0) {
        buf.append(' ');
      }
      printArg(a[i], 'v');
    }
    buf.append('\n');
  }

  void doPrintf(String format, Object[] a) {
    int end = format.length();
    int argNum = 0;
    boolean afterIndex;
    reordered = false;
    int i = 0;
    formatLoop:
    while (i < end) {
      goodArgNum = true;
      int lasti = i;
      while (i < end && format.charAt(i) != '%') {
        i++;
      }
      if (i > lasti) {
        buf.append(format, lasti, i);
      }
      if (i >= end) {
        break;
      }
      i++; // skip %
      clearFlags();
      simpleFormat:
      for (; i < end; i++) {
        char c = format.charAt(i);
        switch (c) {
          case '#' -> sharp = true;
          case '0' -> zero = true;
          case '+' -> plus = true;
          case '-' -> minus = true;
          case ' ' -> space = true;
          default -> {
            if ('a' <= c && c <= 'z' && argNum < a.length) {
              if (c == 'v') {
                sharpV = sharp;
                sharp = false;
                plusV = plus;
                plus = false;
              }
              printArg(a[argNum], c);
              argNum++;
              i++;
              continue formatLoop;
            }
            break simpleFormat;
          }
        }
      }

      // Explicit argument index?
      long r = argNumber(argNum, format, i, a.length);
      argNum = (int) (r >> 32);
      i = (int) r & 0x7FFFFFFF;
      afterIndex = (r & 0x80000000L) != 0;

      // Width.
      if (i < end && format.charAt(i) == '*') {
        i++;
        long w = intFromArg(a, argNum);
        argNum++;
        if (argNum > a.length) {
          argNum = a.length;
        }
        widPresent = w != Long.MIN_VALUE;
        wid = widPresent ? (int) w : 0;
        if (!widPresent) {
          buf.append("%!(BADWIDTH)");
        }
        if (wid < 0) {
          wid = -wid;
          minus = true;
          zero = false;
        }
        afterIndex = false;
      } else {
        long n = parseNum(format, i, end);
        wid = (int) (n >> 32);
        widPresent = (n & 0x80000000L) != 0;
        i = (int) n & 0x7FFFFFFF;
        if (afterIndex && widPresent) {
          goodArgNum = false;
        }
      }

      // Precision.
      if (i + 1 < end && format.charAt(i) == '.') {
        i++;
        if (afterIndex) {
          goodArgNum = false;
        }
        r = argNumber(argNum, format, i, a.length);
        argNum = (int) (r >> 32);
        i = (int) r & 0x7FFFFFFF;
        afterIndex = (r & 0x80000000L) != 0;
        if (i < end && format.charAt(i) == '*') {
          i++;
          long p = intFromArg(a, argNum);
          argNum++;
          if (argNum > a.length) {
            argNum = a.length;
          }
          precPresent = p != Long.MIN_VALUE;
          prec = precPresent ? (int) p : 0;
          if (prec < 0) {
            prec = 0;
            precPresent = false;
          }
          if (!precPresent) {
            buf.append("%!(BADPREC)");
          }
          afterIndex = false;
        } else {
          long n = parseNum(format, i, end);
          prec = (int) (n >> 32);
          precPresent = (n & 0x80000000L) != 0;
          i = (int) n & 0x7FFFFFFF;
          if (!precPresent) {
            prec = 0;
            precPresent = true;
          }
        }
      }

      if (!afterIndex) {
        r = argNumber(argNum, format, i, a.length);
        argNum = (int) (r >> 32);
        i = (int) r & 0x7FFFFFFF;
        afterIndex = (r & 0x80000000L) != 0;
      }

      if (i >= end) {
        buf.append("%!(NOVERB)");
        break;
      }

      int verb = format.codePointAt(i);
      i += Character.charCount(verb);

      if (verb == '%') {
        buf.append('%');
      } else if (!goodArgNum) {
        buf.append("%!").appendCodePoint(verb).append("(BADINDEX)");
      } else if (argNum >= a.length) {
        buf.append("%!").appendCodePoint(verb).append("(MISSING)");
      } else {
        if (verb == 'v') {
          sharpV = sharp;
          sharp = false;
          plusV = plus;
          plus = false;
        }
        printArg(a[argNum], verb);
        argNum++;
      }
    }

    if (!reordered && argNum < a.length) {
      clearFlags();
      buf.append("%!(EXTRA ");
      for (int k = argNum; k < a.length; k++) {
        if (k > argNum) {
          buf.append(", ");
        }
        Object arg = a[k];
        if (arg == null) {
          buf.append("<nil>");
        } else {
          buf.append(GoFmt.typeName(arg)).append('=');
          printArg(arg, 'v');
        }
      }
      buf.append(')');
    }
  }

  private static boolean tooLarge(long x) {
    return x > 1_000_000 || x < -1_000_000;
  }

  /** parsenum: packed (num << 32) | (isnum ? 1 << 31 : 0) | newi. */
  private static long parseNum(String s, int start, int end) {
    if (start >= end) {
      return end;
    }
    long num = 0;
    boolean isnum = false;
    int newi = start;
    for (; newi < end && s.charAt(newi) >= '0' && s.charAt(newi) <= '9'; newi++) {
      if (tooLarge(num)) {
        return end;
      }
      num = num * 10 + (s.charAt(newi) - '0');
      isnum = true;
    }
    return (num << 32) | (isnum ? 0x80000000L : 0) | newi;
  }

  /**
   * argNumber: packed (argNum << 32) | (found ? 1 << 31 : 0) | newi. Sets reordered and goodArgNum
   * as Go does.
   */
  private long argNumber(int argNum, String format, int i, int numArgs) {
    if (format.length() <= i || format.charAt(i) != '[') {
      return ((long) argNum << 32) | i;
    }
    reordered = true;
    // parseArgNumber on format[i:]
    int index = 0;
    int width = 1;
    boolean ok = false;
    int len = format.length() - i;
    if (len >= 3) {
      for (int k = 1; k < len; k++) {
        if (format.charAt(i + k) == ']') {
          long n = parseNum(format, i + 1, i + k);
          int newi = (int) n & 0x7FFFFFFF;
          boolean isnum = (n & 0x80000000L) != 0;
          if (!isnum || newi != i + k) {
            width = k + 1;
          } else {
            index = (int) (n >> 32) - 1;
            width = k + 1;
            ok = true;
          }
          break;
        }
      }
    }
    if (ok && 0 <= index && index < numArgs) {
      return ((long) index << 32) | 0x80000000L | (i + width);
    }
    goodArgNum = false;
    return ((long) argNum << 32) | (ok ? 0x80000000L : 0) | (i + width);
  }

  /** intFromArg: the int value of a[argNum], or Long.MIN_VALUE if not an int or too large. */
  private static long intFromArg(Object[] a, int argNum) {
    if (argNum >= a.length) {
      return Long.MIN_VALUE;
    }
    Object v = a[argNum];
    long num;
    if (v instanceof Long l) {
      num = l;
    } else if (v instanceof GoInt gi) {
      num = gi.value();
      if (gi.goType().kind() == GoType.Kind.UINT64 || gi.goType().kind() == GoType.Kind.UINT) {
        if (num < 0) {
          return Long.MIN_VALUE;
        }
      }
    } else {
      return Long.MIN_VALUE;
    }
    if (tooLarge(num)) {
      return Long.MIN_VALUE;
    }
    return num;
  }

  // ------------------------------------------------------------------ printArg / printValue

  void printArg(Object arg, int verb) {
    cur = arg;
    hasCur = arg != null;
    if (arg == null) {
      if (verb == 'T' || verb == 'v') {
        padString("<nil>");
      } else {
        badVerb(verb);
      }
      return;
    }
    if (verb == 'T') {
      fmtS(GoFmt.typeName(arg));
      return;
    }
    if (verb == 'p') {
      fmtPointer(arg, 'p');
      return;
    }
    if (sharpV && (arg instanceof GoSlice s) && s.goType().equals(GoType.SLICE_BYTE)) {
      // fmt prints a top-level []byte with its alias name.
      fmtByteSliceSharpV(s.items(), "[]byte");
      return;
    }
    if (sharpV && arg instanceof TypedNil n && n.goType().equals(GoType.SLICE_BYTE)) {
      buf.append("[]byte(nil)");
      return;
    }
    printValue(arg, verb, 0);
  }

  /** printValue; {@code depth} > 0 inside slices and maps. */
  void printValue(Object v, int verb, int depth) {
    cur = v;
    hasCur = v != null;
    if (v instanceof String s) {
      fmtString(s, verb);
    } else if (v instanceof Long l) {
      fmtInteger(l, true, verb);
    } else if (v instanceof GoInt gi) {
      fmtInteger(gi.value(), gi.goType().kind().isSignedInt(), verb);
    } else if (v instanceof Boolean b) {
      fmtBool(b, verb);
    } else if (v instanceof Double d) {
      fmtFloat(d, verb);
    } else if (v instanceof List<?> l) {
      printSlice(l, GoType.SLICE_INTERFACE, verb, depth);
    } else if (v instanceof Map<?, ?> m) {
      @SuppressWarnings("unchecked")
      Map<String, Object> map = (Map<String, Object>) m;
      printMap(map, GoType.MAP_STRING_INTERFACE, verb, depth);
    } else if (v instanceof GoSlice s) {
      printSlice(s.items(), s.goType(), verb, depth);
    } else if (v instanceof GoMap m) {
      printMap(m.entries(), m.goType(), verb, depth);
    } else if (v instanceof GoComplex c) {
      fmtComplex(c, verb);
    } else if (v instanceof GoTime t) {
      printTime(t, verb);
    } else if (v instanceof TypedNil n) {
      printTypedNil(n, verb, depth);
    } else if (v == null) {
      // A nil interface inside a container of a concrete element type (defensive).
      if (sharpV) {
        buf.append("interface {}(nil)");
      } else {
        buf.append("<nil>");
      }
    } else {
      buf.append('?').append(v.getClass().getName()).append('?');
    }
  }

  private void printSlice(List<?> items, GoType type, int verb, int depth) {
    GoType elem = type.elem();
    if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')
        && elem.kind() == GoType.Kind.UINT8) {
      byte[] bytes = new byte[items.size()];
      for (int i = 0; i < bytes.length; i++) {
        bytes[i] = (byte) ((GoInt) items.get(i)).value();
      }
      fmtBytes(bytes, verb);
      return;
    }
    boolean iface = elem.kind() == GoType.Kind.INTERFACE;
    if (sharpV) {
      buf.append(type.name()).append('{');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          buf.append(", ");
        }
        printElem(items.get(i), elem, iface, verb, depth);
      }
      buf.append('}');
    } else {
      buf.append('[');
      for (int i = 0; i < items.size(); i++) {
        if (i > 0) {
          buf.append(' ');
        }
        printElem(items.get(i), elem, iface, verb, depth);
      }
      buf.append(']');
    }
  }

  private void printMap(Map<String, Object> m, GoType type, int verb, int depth) {
    GoType elem = type.elem();
    boolean iface = elem.kind() == GoType.Kind.INTERFACE;
    if (sharpV) {
      buf.append(type.name()).append('{');
    } else {
      buf.append("map[");
    }
    List<String> keys = Values.sortedKeys(m);
    for (int i = 0; i < keys.size(); i++) {
      if (i > 0) {
        if (sharpV) {
          buf.append(", ");
        } else {
          buf.append(' ');
        }
      }
      String k = keys.get(i);
      printValue(k, verb, depth + 1);
      buf.append(':');
      printElem(m.get(k), elem, iface, verb, depth);
    }
    buf.append(sharpV ? '}' : ']');
  }

  /** An element of a slice or map; an interface element that is nil prints without the verb. */
  private void printElem(Object e, GoType elemType, boolean iface, int verb, int depth) {
    if (e == null && iface) {
      if (sharpV) {
        buf.append(elemType.name()).append("(nil)");
      } else {
        buf.append("<nil>");
      }
      return;
    }
    printValue(e, verb, depth + 1);
  }

  private void printTypedNil(TypedNil n, int verb, int depth) {
    GoType t = n.goType();
    switch (t.kind()) {
      case SLICE -> {
        if ((verb == 's' || verb == 'q' || verb == 'x' || verb == 'X')
            && t.elem().kind() == GoType.Kind.UINT8) {
          fmtBytes(new byte[0], verb);
        } else if (sharpV) {
          buf.append(t.name()).append("(nil)");
        } else {
          buf.append("[]");
        }
      }
      case MAP -> {
        if (sharpV) {
          buf.append(t.name()).append("(nil)");
        } else {
          buf.append("map[]");
        }
      }
      case INTERFACE -> {
        if (sharpV) {
          buf.append(t.name()).append("(nil)");
        } else {
          buf.append("<nil>");
        }
      }
      default -> fmtPointer(n, verb);
    }
  }

  private void printTime(GoTime t, int verb) {
    if (!erroring) {
      if (sharpV) {
        fmtS(GoTimeStrings.goString(t.value()));
        return;
      }
      if (verb == 'v' || verb == 's' || verb == 'x' || verb == 'X' || verb == 'q') {
        fmtString(GoTimeStrings.string(t.value()), verb);
        return;
      }
    }
    // A struct printed field by field: {wall ext loc}. Without a monotonic reading wall holds
    // the nanoseconds; ext holds seconds since January 1, year 1.
    long wall = t.value().getNano();
    long ext = t.value().toEpochSecond() + GoTimeStrings.UNIX_TO_INTERNAL;
    buf.append('{');
    if (plusV) {
      buf.append("wall:");
    }
    printValue(GoInt.of(GoType.UINT64, wall), verb, 1);
    buf.append(' ');
    if (plusV) {
      buf.append("ext:");
    }
    printValue(ext, verb, 1);
    buf.append(' ');
    if (plusV) {
      buf.append("loc:");
    }
    fmtLocation(t.value(), verb);
    buf.append('}');
  }

  /**
   * The loc field, a *time.Location: nil for Go's time.UTC. Other locations are pointers whose
   * address Go would print for the integer verbs; a stand-in address is printed instead.
   */
  private void fmtLocation(java.time.ZonedDateTime t, int verb) {
    boolean nil = GoTimeStrings.isUtcLocation(t);
    long address = nil ? 0 : 0xc000010000L;
    switch (verb) {
      case 'v' -> {
        if (nil) {
          padString("<nil>");
        } else {
          fmt0x64(address, !sharp);
        }
      }
      case 'p' -> fmt0x64(address, !sharp);
      case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(address, false, verb);
      default -> {
        erroring = true;
        buf.append("%!").appendCodePoint(verb).append("(*time.Location=");
        if (nil) {
          padString("<nil>");
        } else {
          // Go prints the pointed-to struct {name zone tx extend cacheStart cacheEnd cacheZone};
          // for the engine's local zone (UTC) it has no transitions.
          buf.append("&{").append(GoTimeStrings.locationName(t)).append(" [] []  0 0 <nil>}");
        }
        buf.append(')');
        erroring = false;
      }
    }
  }

  // ------------------------------------------------------------------ pp.fmt* (print.go)

  private void badVerb(int verb) {
    erroring = true;
    buf.append("%!").appendCodePoint(verb).append('(');
    if (hasCur) {
      Object v = cur;
      buf.append(GoFmt.typeName(v)).append('=');
      printValue(v, 'v', 0);
    } else {
      buf.append("<nil>");
    }
    buf.append(')');
    erroring = false;
  }

  private void fmtBool(boolean v, int verb) {
    if (verb == 't' || verb == 'v') {
      padString(v ? "true" : "false");
    } else {
      badVerb(verb);
    }
  }

  private void fmt0x64(long v, boolean leading0x) {
    boolean s = sharp;
    sharp = leading0x;
    fmtInteger(v, 16, false, 'v', LDIGITS);
    sharp = s;
  }

  void fmtInteger(long v, boolean signed, int verb) {
    switch (verb) {
      case 'v' -> {
        if (sharpV && !signed) {
          fmt0x64(v, true);
        } else {
          fmtInteger(v, 10, signed, verb, LDIGITS);
        }
      }
      case 'd' -> fmtInteger(v, 10, signed, verb, LDIGITS);
      case 'b' -> fmtInteger(v, 2, signed, verb, LDIGITS);
      case 'o', 'O' -> fmtInteger(v, 8, signed, verb, LDIGITS);
      case 'x' -> fmtInteger(v, 16, signed, verb, LDIGITS);
      case 'X' -> fmtInteger(v, 16, signed, verb, UDIGITS);
      case 'c' -> fmtC(v);
      case 'q' -> fmtQc(v);
      case 'U' -> fmtUnicode(v);
      default -> badVerb(verb);
    }
  }

  private void fmtFloat(double v, int verb) {
    switch (verb) {
      case 'v' -> fmtFloat(v, 'g', -1);
      case 'b', 'g', 'G', 'x', 'X' -> fmtFloat(v, (char) verb, -1);
      case 'f', 'e', 'E' -> fmtFloat(v, (char) verb, 6);
      case 'F' -> fmtFloat(v, 'f', 6);
      default -> badVerb(verb);
    }
  }

  private void fmtComplex(GoComplex c, int verb) {
    switch (verb) {
      case 'v', 'b', 'g', 'G', 'x', 'X', 'f', 'F', 'e', 'E' -> {
        boolean oldPlus = plus;
        buf.append('(');
        fmtFloat(c.real(), verb);
        plus = true;
        fmtFloat(c.imag(), verb);
        buf.append("i)");
        plus = oldPlus;
      }
      default -> badVerb(verb);
    }
  }

  private void fmtString(String v, int verb) {
    switch (verb) {
      case 'v' -> {
        if (sharpV) {
          fmtQ(v);
        } else {
          fmtS(v);
        }
      }
      case 's' -> fmtS(v);
      case 'x' -> fmtSbx(utf8(v), LDIGITS);
      case 'X' -> fmtSbx(utf8(v), UDIGITS);
      case 'q' -> fmtQ(v);
      default -> badVerb(verb);
    }
  }

  private void fmtBytes(byte[] v, int verb) {
    switch (verb) {
      case 's' -> fmtS(fromUtf8(v));
      case 'x' -> fmtSbx(v, LDIGITS);
      case 'X' -> fmtSbx(v, UDIGITS);
      case 'q' -> fmtQ(fromUtf8(v));
      default -> throw new IllegalStateException("fmtBytes verb " + verb);
    }
  }

  private void fmtByteSliceSharpV(List<Object> items, String typeString) {
    buf.append(typeString).append('{');
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        buf.append(", ");
      }
      fmt0x64(((GoInt) items.get(i)).value() & 0xFF, true);
    }
    buf.append('}');
  }

  private void fmtPointer(Object value, int verb) {
    long u;
    GoType t = GoType.of(value);
    if (value instanceof TypedNil) {
      u = 0;
    } else if (t.kind() == GoType.Kind.SLICE
        || t.kind() == GoType.Kind.MAP
        || t.kind() == GoType.Kind.PTR
        || t.kind() == GoType.Kind.FUNC) {
      // Addresses are not observable here; any non-zero stand-in will do.
      u = 0xc000010000L;
    } else {
      badVerb(verb);
      return;
    }
    switch (verb) {
      case 'v' -> {
        if (sharpV) {
          buf.append('(').append(t.name()).append(")(");
          if (u == 0) {
            buf.append("nil");
          } else {
            fmt0x64(u, true);
          }
          buf.append(')');
        } else if (u == 0) {
          padString("<nil>");
        } else {
          fmt0x64(u, !sharp);
        }
      }
      case 'p' -> fmt0x64(u, !sharp);
      case 'b', 'o', 'd', 'x', 'X' -> fmtInteger(u, false, verb);
      default -> badVerb(verb);
    }
  }

  // ------------------------------------------------------------------ fmt.* (format.go)

  private void writePadding(int n) {
    if (n <= 0) {
      return;
    }
    char padByte = zero && !minus ? '0' : ' ';
    for (int i = 0; i < n; i++) {
      buf.append(padByte);
    }
  }

  /** pad: appends s padded to the width (counted in runes). */
  private void pad(CharSequence s) {
    if (!widPresent || wid == 0) {
      buf.append(s);
      return;
    }
    int width = wid - Character.codePointCount(s, 0, s.length());
    if (!minus) {
      writePadding(width);
      buf.append(s);
    } else {
      buf.append(s);
      writePadding(width);
    }
  }

  private void pad(char[] s, int from, int to) {
    if (!widPresent || wid == 0) {
      buf.append(s, from, to - from);
      return;
    }
    int width = wid - (to - from); // integer digits are ASCII
    if (!minus) {
      writePadding(width);
      buf.append(s, from, to - from);
    } else {
      buf.append(s, from, to - from);
      writePadding(width);
    }
  }

  void padString(String s) {
    pad(s);
  }

  private void fmtUnicode(long u) {
    char[] b = intbuf(68);
    int p = 4;
    if (precPresent && prec > 4) {
      p = prec;
      int width = 2 + p + 2 + 4 + 1;
      if (width > b.length) {
        b = new char[width];
      }
    }
    int i = b.length;
    if (sharp && u >= 0 && u <= 0x10FFFF && GoStrconv.isPrint((int) u)) {
      i--;
      b[i] = '\'';
      int n = Character.charCount((int) u);
      i -= n;
      Character.toChars((int) u, b, i);
      i--;
      b[i] = '\'';
      i--;
      b[i] = ' ';
    }
    while (Long.compareUnsigned(u, 16) >= 0) {
      i--;
      b[i] = UDIGITS.charAt((int) (u & 0xF));
      p--;
      u >>>= 4;
    }
    i--;
    b[i] = UDIGITS.charAt((int) u);
    p--;
    while (p > 0) {
      i--;
      b[i] = '0';
      p--;
    }
    i--;
    b[i] = '+';
    i--;
    b[i] = 'U';
    boolean oldZero = zero;
    zero = false;
    padRunes(b, i, b.length);
    zero = oldZero;
  }

  private void padRunes(char[] b, int from, int to) {
    if (!widPresent || wid == 0) {
      buf.append(b, from, to - from);
      return;
    }
    pad(new String(b, from, to - from));
  }

  private char[] intbuf(int n) {
    if (intbuf == null || intbuf.length < n) {
      intbuf = new char[Math.max(n, 68)];
    }
    return intbuf;
  }

  /** fmtInteger: u holds the value's 64 bits; signed says how to read them. */
  private void fmtInteger(long u, int base, boolean signed, int verb, String digits) {
    boolean negative = signed && u < 0;
    if (negative) {
      u = -u;
    }
    char[] b = intbuf(68);
    int len = 68;
    if (widPresent || precPresent) {
      int width = 3 + wid + prec;
      if (width > len) {
        b = new char[width];
        len = width;
      }
    }
    int p = 0;
    if (precPresent) {
      p = prec;
      if (p == 0 && u == 0) {
        boolean oldZero = zero;
        zero = false;
        writePadding(wid);
        zero = oldZero;
        return;
      }
    } else if (zero && !minus && widPresent) {
      p = wid;
      if (negative || plus || space) {
        p--;
      }
    }
    int i = len;
    switch (base) {
      case 10 -> {
        if (u < 0) { // unsigned value >= 2^63
          long q = Long.divideUnsigned(u, 10);
          i--;
          b[i] = (char) ('0' + (u - q * 10));
          u = q;
        }
        while (u >= 10) {
          i--;
          long next = u / 10;
          b[i] = (char) ('0' + (u - next * 10));
          u = next;
        }
      }
      case 16 -> {
        while (Long.compareUnsigned(u, 16) >= 0) {
          i--;
          b[i] = digits.charAt((int) (u & 0xF));
          u >>>= 4;
        }
      }
      case 8 -> {
        while (Long.compareUnsigned(u, 8) >= 0) {
          i--;
          b[i] = (char) ('0' + (u & 7));
          u >>>= 3;
        }
      }
      default -> {
        while (Long.compareUnsigned(u, 2) >= 0) {
          i--;
          b[i] = (char) ('0' + (u & 1));
          u >>>= 1;
        }
      }
    }
    i--;
    b[i] = digits.charAt((int) u);
    while (i > 0 && p > len - i) {
      i--;
      b[i] = '0';
    }
    if (sharp) {
      switch (base) {
        case 2 -> {
          i--;
          b[i] = 'b';
          i--;
          b[i] = '0';
        }
        case 8 -> {
          if (b[i] != '0') {
            i--;
            b[i] = '0';
          }
        }
        case 16 -> {
          i--;
          b[i] = digits.charAt(16);
          i--;
          b[i] = '0';
        }
        default -> {}
      }
    }
    if (verb == 'O') {
      i--;
      b[i] = 'o';
      i--;
      b[i] = '0';
    }
    if (negative) {
      i--;
      b[i] = '-';
    } else if (plus) {
      i--;
      b[i] = '+';
    } else if (space) {
      i--;
      b[i] = ' ';
    }
    boolean oldZero = zero;
    zero = false;
    pad(b, i, len);
    zero = oldZero;
  }

  private String truncate(String s) {
    if (precPresent) {
      int n = prec;
      for (int i = 0; i < s.length(); ) {
        n--;
        if (n < 0) {
          return s.substring(0, i);
        }
        i += Character.charCount(s.codePointAt(i));
      }
    }
    return s;
  }

  void fmtS(String s) {
    pad(truncate(s));
  }

  private void fmtSbx(byte[] b, String digits) {
    int length = b.length;
    if (precPresent && prec < length) {
      length = prec;
    }
    int width = 2 * length;
    if (width > 0) {
      if (space) {
        if (sharp) {
          width *= 2;
        }
        width += length - 1;
      } else if (sharp) {
        width += 2;
      }
    } else {
      if (widPresent) {
        writePadding(wid);
      }
      return;
    }
    if (widPresent && wid > width && !minus) {
      writePadding(wid - width);
    }
    if (sharp) {
      buf.append('0').append(digits.charAt(16));
    }
    for (int i = 0; i < length; i++) {
      if (space && i > 0) {
        buf.append(' ');
        if (sharp) {
          buf.append('0').append(digits.charAt(16));
        }
      }
      int c = b[i] & 0xFF;
      buf.append(digits.charAt(c >> 4)).append(digits.charAt(c & 0xF));
    }
    if (widPresent && wid > width && minus) {
      writePadding(wid - width);
    }
  }

  private void fmtQ(String s) {
    s = truncate(s);
    if (sharp && GoStrconv.canBackquote(s)) {
      padString("`" + s + "`");
      return;
    }
    StringBuilder q = new StringBuilder(s.length() + 2);
    GoStrconv.appendQuote(q, s, plus);
    pad(q);
  }

  private void fmtC(long c) {
    int r = (c < 0 || c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF)) ? 0xFFFD : (int) c;
    pad(new String(Character.toChars(r)));
  }

  private void fmtQc(long c) {
    int r = (c < 0 || c > 0x10FFFF) ? 0xFFFD : (int) c;
    StringBuilder q = new StringBuilder(8);
    GoStrconv.appendQuoteRune(q, r, plus);
    pad(q);
  }

  /** fmtFloat (format.go): the float in strconv's format verb, then sign, sharp and padding. */
  private void fmtFloat(double v, char verb, int precision) {
    if (precPresent) {
      precision = prec;
    }
    StringBuilder num = new StringBuilder(24);
    num.append('+');
    GoStrconv.appendFloat(num, v, verb, precision);
    if (num.charAt(1) == '-' || num.charAt(1) == '+') {
      num.deleteCharAt(0);
    } else {
      num.setCharAt(0, '+');
    }
    if (space && num.charAt(0) == '+' && !plus) {
      num.setCharAt(0, ' ');
    }
    if (num.charAt(1) == 'I' || num.charAt(1) == 'N') {
      boolean oldZero = zero;
      zero = false;
      if (num.charAt(1) == 'N' && !space && !plus) {
        num.deleteCharAt(0);
      }
      pad(num);
      zero = oldZero;
      return;
    }
    if (sharp && verb != 'b') {
      int digits = 0;
      if (verb == 'v' || verb == 'g' || verb == 'G' || verb == 'x') {
        digits = precision;
        if (digits == -1) {
          digits = 6;
        }
      }
      String tail = "";
      boolean hasDecimalPoint = false;
      boolean sawNonzeroDigit = false;
      for (int i = 1; i < num.length(); i++) {
        char c = num.charAt(i);
        if (c == '.') {
          hasDecimalPoint = true;
        } else if (c == 'p' || c == 'P' || ((c == 'e' || c == 'E') && verb != 'x' && verb != 'X')) {
          tail = num.substring(i);
          num.setLength(i);
          break;
        } else {
          if (c != '0') {
            sawNonzeroDigit = true;
          }
          if (sawNonzeroDigit) {
            digits--;
          }
        }
      }
      if (!hasDecimalPoint) {
        if (num.length() == 2 && num.charAt(1) == '0') {
          digits--;
        }
        num.append('.');
      }
      while (digits > 0) {
        num.append('0');
        digits--;
      }
      num.append(tail);
    }
    if (plus || num.charAt(0) != '+') {
      if (zero && !minus && widPresent && wid > num.length()) {
        buf.append(num.charAt(0));
        writePadding(wid - num.length());
        buf.append(num, 1, num.length());
        return;
      }
      pad(num);
      return;
    }
    pad(num.subSequence(1, num.length()));
  }

  // ------------------------------------------------------------------ UTF-8

  /** UTF-8 bytes of s; a lone surrogate encodes as U+FFFD. */
  static byte[] utf8(String s) {
    int n = Values.utf8Length(s, 0, s.length());
    byte[] out = new byte[n];
    int j = 0;
    for (int i = 0; i < s.length(); i++) {
      int c = s.charAt(i);
      if (c < 0x80) {
        out[j++] = (byte) c;
      } else if (c < 0x800) {
        out[j++] = (byte) (0xC0 | (c >> 6));
        out[j++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate((char) c)
          && i + 1 < s.length()
          && Character.isLowSurrogate(s.charAt(i + 1))) {
        int cp = Character.toCodePoint((char) c, s.charAt(++i));
        out[j++] = (byte) (0xF0 | (cp >> 18));
        out[j++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
        out[j++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
        out[j++] = (byte) (0x80 | (cp & 0x3F));
      } else {
        if (Character.isSurrogate((char) c)) {
          c = 0xFFFD;
        }
        out[j++] = (byte) (0xE0 | (c >> 12));
        out[j++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        out[j++] = (byte) (0x80 | (c & 0x3F));
      }
    }
    return out;
  }

  private static String fromUtf8(byte[] b) {
    return new String(b, java.nio.charset.StandardCharsets.UTF_8);
  }
}

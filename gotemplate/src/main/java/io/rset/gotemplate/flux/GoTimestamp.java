package io.rset.gotemplate.flux;

/**
 * go-yaml v2's {@code parseTimestamp}: whether Go's {@code time.Parse} accepts s with one of the
 * layouts {@code 2006-1-2T15:4:5.999999999Z07:00}, the same with a lower-case {@code t}, {@code
 * 2006-1-2 15:4:5.999999999} or {@code 2006-1-2}. Only the yes/no answer is needed.
 */
final class GoTimestamp {
  private GoTimestamp() {}

  private enum Layout {
    UPPER_T,
    LOWER_T,
    SPACE,
    DATE
  }

  static boolean parses(String s) {
    int i = 0;
    while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
      i++;
    }
    if (i != 4 || i == s.length() || s.charAt(i) != '-') {
      return false;
    }
    for (Layout l : Layout.values()) {
      if (parse(s, l)) {
        return true;
      }
    }
    return false;
  }

  /** A cursor over the value, as Go's Parse consumes it. */
  private static final class Cursor {
    final String s;
    int pos;

    Cursor(String s) {
      this.s = s;
    }

    boolean digitAt(int off) {
      int k = pos + off;
      return k < s.length() && s.charAt(k) >= '0' && s.charAt(k) <= '9';
    }

    /** Go's getnum(s, false): one or two digits; -1 when there is none. */
    int num() {
      if (!digitAt(0)) {
        return -1;
      }
      int v = s.charAt(pos) - '0';
      if (!digitAt(1)) {
        pos += 1;
        return v;
      }
      v = v * 10 + (s.charAt(pos + 1) - '0');
      pos += 2;
      return v;
    }

    boolean literal(char c) {
      if (pos < s.length() && s.charAt(pos) == c) {
        pos++;
        return true;
      }
      return false;
    }

    boolean atEnd() {
      return pos == s.length();
    }
  }

  private static boolean parse(String s, Layout layout) {
    Cursor c = new Cursor(s);
    int year = Integer.parseInt(s.substring(0, 4));
    c.pos = 4;
    if (!c.literal('-')) {
      return false;
    }
    int month = c.num();
    if (month < 1 || month > 12 || !c.literal('-')) {
      return false;
    }
    int day = c.num();
    if (day < 0) {
      return false;
    }
    if (layout != Layout.DATE && !time(c, layout)) {
      return false;
    }
    if (!c.atEnd()) {
      return false;
    }
    return day >= 1 && day <= daysIn(month, year);
  }

  private static boolean time(Cursor c, Layout layout) {
    switch (layout) {
      case UPPER_T -> {
        if (!c.literal('T')) {
          return false;
        }
      }
      case LOWER_T -> {
        if (!c.literal('t')) {
          return false;
        }
      }
      default -> {
        // A space in the layout matches one or more spaces, or nothing at the end of the value.
        if (!c.atEnd() && c.s.charAt(c.pos) != ' ') {
          return false;
        }
        while (!c.atEnd() && c.s.charAt(c.pos) == ' ') {
          c.pos++;
        }
      }
    }
    int hour = c.num();
    if (hour < 0 || hour >= 24 || !c.literal(':')) {
      return false;
    }
    int min = c.num();
    if (min < 0 || min >= 60 || !c.literal(':')) {
      return false;
    }
    int sec = c.num();
    if (sec < 0 || sec >= 60) {
      return false;
    }
    // .999999999: an optional fraction introduced by '.' or ',' and any number of digits.
    if (c.pos + 1 < c.s.length()
        && (c.s.charAt(c.pos) == '.' || c.s.charAt(c.pos) == ',')
        && c.digitAt(1)) {
      c.pos++;
      while (c.digitAt(0)) {
        c.pos++;
      }
    }
    if (layout == Layout.SPACE) {
      return true;
    }
    // Z07:00
    if (c.literal('Z')) {
      return true;
    }
    if (c.s.length() - c.pos < 6 || c.s.charAt(c.pos + 3) != ':') {
      return false;
    }
    char sign = c.s.charAt(c.pos);
    boolean digits = c.digitAt(1) && c.digitAt(2) && c.digitAt(4) && c.digitAt(5);
    if (!digits || (sign != '+' && sign != '-')) {
      return false;
    }
    int hr = (c.s.charAt(c.pos + 1) - '0') * 10 + (c.s.charAt(c.pos + 2) - '0');
    int mm = (c.s.charAt(c.pos + 4) - '0') * 10 + (c.s.charAt(c.pos + 5) - '0');
    c.pos += 6;
    return hr <= 24 && mm <= 60;
  }

  private static int daysIn(int month, int year) {
    if (month == 2) {
      boolean leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
      return leap ? 29 : 28;
    }
    return (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
  }
}

package io.rset.gotemplate.sprig;

import io.rset.gotemplate.fmt.GoTimeFormat;
import io.rset.gotemplate.func.FuncException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;

/**
 * Go's reference-time layouts ("2006-01-02 15:04:05 MST"): the layout tokenizer (nextStdChunk) and
 * time.ParseInLocation with the Local location (UTC here), with Go's error texts.
 *
 * <p>Go works on bytes; so does this class: strings are handled as their UTF-8 bytes, each byte one
 * char (ISO-8859-1), which keeps lengths, slicing and error quoting byte-exact.
 */
final class DateLayout {
  private DateLayout() {}

  // Layout elements (Go's std values without their flag bits).
  static final int NONE = 0;
  static final int LONG_MONTH = 1; // January
  static final int MONTH = 2; // Jan
  static final int NUM_MONTH = 3; // 1
  static final int ZERO_MONTH = 4; // 01
  static final int LONG_WEEKDAY = 5; // Monday
  static final int WEEKDAY = 6; // Mon
  static final int DAY = 7; // 2
  static final int UNDER_DAY = 8; // _2
  static final int ZERO_DAY = 9; // 02
  static final int UNDER_YEAR_DAY = 10; // __2
  static final int ZERO_YEAR_DAY = 11; // 002
  static final int HOUR = 12; // 15
  static final int HOUR12 = 13; // 3
  static final int ZERO_HOUR12 = 14; // 03
  static final int MINUTE = 15; // 4
  static final int ZERO_MINUTE = 16; // 04
  static final int SECOND = 17; // 5
  static final int ZERO_SECOND = 18; // 05
  static final int LONG_YEAR = 19; // 2006
  static final int YEAR = 20; // 06
  static final int PM = 21; // PM
  static final int PM_LOWER = 22; // pm
  static final int TZ = 23; // MST
  static final int ISO8601_TZ = 24; // Z0700
  static final int ISO8601_SECONDS_TZ = 25; // Z070000
  static final int ISO8601_SHORT_TZ = 26; // Z07
  static final int ISO8601_COLON_TZ = 27; // Z07:00
  static final int ISO8601_COLON_SECONDS_TZ = 28; // Z07:00:00
  static final int NUM_TZ = 29; // -0700
  static final int NUM_SECONDS_TZ = 30; // -070000
  static final int NUM_SHORT_TZ = 31; // -07
  static final int NUM_COLON_TZ = 32; // -07:00
  static final int NUM_COLON_SECONDS_TZ = 33; // -07:00:00
  static final int FRAC_SECOND0 = 34; // .000, trailing zeros kept
  static final int FRAC_SECOND9 = 35; // .999, trailing zeros dropped

  private static final int[] STD_0X = {
    ZERO_MONTH, ZERO_DAY, ZERO_HOUR12, ZERO_MINUTE, ZERO_SECOND, YEAR
  };

  /** Cumulative days before each month of a non-leap year; index m is the days before month m+1. */
  private static final int[] DAYS_BEFORE = {
    0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 365
  };

  /**
   * One layout element: layout[0, start) is literal text, layout[start, end) the element.
   *
   * @param std the element, NONE when the layout has none left (then start == end == length)
   * @param digits number of fractional digits for FRAC_SECOND0/9
   */
  record Chunk(int start, int std, int end, int digits) {}

  /** Go's nextStdChunk over a byte string, looking at layout[from:]; indices are absolute. */
  static Chunk nextStdChunk(String layout, int from) {
    int n = layout.length();
    for (int i = from; i < n; i++) {
      char c = layout.charAt(i);
      switch (c) {
        case 'J':
          if (layout.startsWith("Jan", i)) {
            if (layout.startsWith("January", i)) {
              return new Chunk(i, LONG_MONTH, i + 7, 0);
            }
            if (!startsWithLowerCase(layout, i + 3)) {
              return new Chunk(i, MONTH, i + 3, 0);
            }
          }
          break;
        case 'M':
          if (layout.startsWith("Mon", i)) {
            if (layout.startsWith("Monday", i)) {
              return new Chunk(i, LONG_WEEKDAY, i + 6, 0);
            }
            if (!startsWithLowerCase(layout, i + 3)) {
              return new Chunk(i, WEEKDAY, i + 3, 0);
            }
          }
          if (layout.startsWith("MST", i)) {
            return new Chunk(i, TZ, i + 3, 0);
          }
          break;
        case '0':
          if (i + 1 < n && layout.charAt(i + 1) >= '1' && layout.charAt(i + 1) <= '6') {
            return new Chunk(i, STD_0X[layout.charAt(i + 1) - '1'], i + 2, 0);
          }
          if (layout.startsWith("002", i)) {
            return new Chunk(i, ZERO_YEAR_DAY, i + 3, 0);
          }
          break;
        case '1':
          if (i + 1 < n && layout.charAt(i + 1) == '5') {
            return new Chunk(i, HOUR, i + 2, 0);
          }
          return new Chunk(i, NUM_MONTH, i + 1, 0);
        case '2':
          if (layout.startsWith("2006", i)) {
            return new Chunk(i, LONG_YEAR, i + 4, 0);
          }
          return new Chunk(i, DAY, i + 1, 0);
        case '_':
          if (i + 1 < n && layout.charAt(i + 1) == '2') {
            // _2006 is really a literal _, followed by the long year
            if (layout.startsWith("2006", i + 1)) {
              return new Chunk(i + 1, LONG_YEAR, i + 5, 0);
            }
            return new Chunk(i, UNDER_DAY, i + 2, 0);
          }
          if (layout.startsWith("__2", i)) {
            return new Chunk(i, UNDER_YEAR_DAY, i + 3, 0);
          }
          break;
        case '3':
          return new Chunk(i, HOUR12, i + 1, 0);
        case '4':
          return new Chunk(i, MINUTE, i + 1, 0);
        case '5':
          return new Chunk(i, SECOND, i + 1, 0);
        case 'P':
          if (i + 1 < n && layout.charAt(i + 1) == 'M') {
            return new Chunk(i, PM, i + 2, 0);
          }
          break;
        case 'p':
          if (i + 1 < n && layout.charAt(i + 1) == 'm') {
            return new Chunk(i, PM_LOWER, i + 2, 0);
          }
          break;
        case '-':
          if (layout.startsWith("-070000", i)) {
            return new Chunk(i, NUM_SECONDS_TZ, i + 7, 0);
          }
          if (layout.startsWith("-07:00:00", i)) {
            return new Chunk(i, NUM_COLON_SECONDS_TZ, i + 9, 0);
          }
          if (layout.startsWith("-0700", i)) {
            return new Chunk(i, NUM_TZ, i + 5, 0);
          }
          if (layout.startsWith("-07:00", i)) {
            return new Chunk(i, NUM_COLON_TZ, i + 6, 0);
          }
          if (layout.startsWith("-07", i)) {
            return new Chunk(i, NUM_SHORT_TZ, i + 3, 0);
          }
          break;
        case 'Z':
          if (layout.startsWith("Z070000", i)) {
            return new Chunk(i, ISO8601_SECONDS_TZ, i + 7, 0);
          }
          if (layout.startsWith("Z07:00:00", i)) {
            return new Chunk(i, ISO8601_COLON_SECONDS_TZ, i + 9, 0);
          }
          if (layout.startsWith("Z0700", i)) {
            return new Chunk(i, ISO8601_TZ, i + 5, 0);
          }
          if (layout.startsWith("Z07:00", i)) {
            return new Chunk(i, ISO8601_COLON_TZ, i + 6, 0);
          }
          if (layout.startsWith("Z07", i)) {
            return new Chunk(i, ISO8601_SHORT_TZ, i + 3, 0);
          }
          break;
        case '.':
        case ',':
          if (i + 1 < n && (layout.charAt(i + 1) == '0' || layout.charAt(i + 1) == '9')) {
            char ch = layout.charAt(i + 1);
            int j = i + 1;
            while (j < n && layout.charAt(j) == ch) {
              j++;
            }
            // The run of digits must end here: a fractional second is all digits.
            if (!isDigit(layout, j)) {
              int code = ch == '9' ? FRAC_SECOND9 : FRAC_SECOND0;
              // Go keeps the digit count in 12 bits.
              return new Chunk(i, code, j, (j - (i + 1)) & 0xfff);
            }
          }
          break;
        default:
          break;
      }
    }
    return new Chunk(n, NONE, n, 0);
  }

  private static boolean startsWithLowerCase(String s, int i) {
    return i < s.length() && s.charAt(i) >= 'a' && s.charAt(i) <= 'z';
  }

  static boolean isDigit(String s, int i) {
    return i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9';
  }

  /** A string's UTF-8 bytes as a string of one char per byte. */
  static String bytes(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  /** The inverse of {@link #bytes}. */
  static String unbytes(String s) {
    return new String(s.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }

  /** The time package's own quote over a byte string: non-ASCII and control bytes as \xNN. */
  static String quote(String b) {
    StringBuilder sb = new StringBuilder("\"");
    for (int i = 0; i < b.length(); i++) {
      char c = b.charAt(i);
      if (c >= 0x80 || c < ' ') {
        sb.append("\\x")
            .append(Character.forDigit(c >> 4, 16))
            .append(Character.forDigit(c & 15, 16));
      } else {
        if (c == '"' || c == '\\') {
          sb.append('\\');
        }
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }

  /** Go's time.ParseInLocation(layout, value, time.Local) with Local = UTC. */
  static ZonedDateTime parse(String layout, String value) throws FuncException {
    return new Parse(bytes(layout), bytes(value)).run();
  }

  /** Marks a field that did not parse (Go's errBad); carries no message. */
  private static final class Bad extends Exception {
    private static final long serialVersionUID = 1L;
    static final Bad INSTANCE = new Bad();

    private Bad() {
      super(null, null, false, false);
    }
  }

  /**
   * The state of one parse. Strings are byte strings (see {@link #bytes}); the unparsed rest of the
   * value is v[vp:] and of the layout l[lp:] (indices instead of Go's reslicing).
   */
  private static final class Parse {
    private final String l;
    private final String v;
    private int lp;
    private int vp;

    Parse(String layout, String value) {
      this.l = layout;
      this.v = value;
    }

    private int left() {
      return v.length() - vp;
    }

    private char at(int k) {
      return v.charAt(vp + k);
    }

    private String rest() {
      return v.substring(vp);
    }

    private FuncException parseError(String layoutElem, String valueElem, String message) {
      if (message.isEmpty()) {
        return new FuncException(
            "parsing time "
                + quote(v)
                + " as "
                + quote(l)
                + ": cannot parse "
                + quote(valueElem)
                + " as "
                + quote(layoutElem));
      }
      return new FuncException("parsing time " + quote(v) + message);
    }

    ZonedDateTime run() throws FuncException {
      String rangeErr = "";
      boolean amSet = false;
      boolean pmSet = false;
      int year = 0;
      int month = -1;
      int day = -1;
      int yday = -1;
      int hour = 0;
      int min = 0;
      int sec = 0;
      int nsec = 0;
      ZoneId z = null;
      int zoneOffset = -1;
      String zoneName = "";

      while (true) {
        Chunk chunk = nextStdChunk(l, lp);
        int std = chunk.std();
        if (!skip(lp, chunk.start())) {
          throw parseError(l.substring(lp, chunk.start()), rest(), "");
        }
        if (std == NONE) {
          if (left() != 0) {
            throw parseError("", rest(), ": extra text: " + quote(rest()));
          }
          break;
        }
        String stdstr = l.substring(chunk.start(), chunk.end());
        lp = chunk.end();
        int hold = vp;
        boolean bad = false;
        try {
          switch (std) {
            case YEAR -> {
              if (left() < 2) {
                throw Bad.INSTANCE;
              }
              String p = v.substring(vp, vp + 2);
              vp += 2;
              year = atoi(p);
              year += year >= 69 ? 1900 : 2000;
            }
            case LONG_YEAR -> {
              if (left() < 4 || !isDigit(v, vp)) {
                throw Bad.INSTANCE;
              }
              String p = v.substring(vp, vp + 4);
              vp += 4;
              year = atoi(p);
            }
            case MONTH -> month = lookup(GoTimeFormat.SHORT_MONTH_NAMES) + 1;
            case LONG_MONTH -> month = lookup(GoTimeFormat.LONG_MONTH_NAMES) + 1;
            case NUM_MONTH, ZERO_MONTH -> {
              month = getnum(std == ZERO_MONTH);
              if (month <= 0 || 12 < month) {
                rangeErr = "month";
              }
            }
            case WEEKDAY -> lookup(GoTimeFormat.SHORT_DAY_NAMES);
            case LONG_WEEKDAY -> lookup(GoTimeFormat.LONG_DAY_NAMES);
            case DAY, UNDER_DAY, ZERO_DAY -> {
              if (std == UNDER_DAY && left() > 0 && at(0) == ' ') {
                vp++;
              }
              day = getnum(std == ZERO_DAY);
            }
            case UNDER_YEAR_DAY, ZERO_YEAR_DAY -> {
              for (int i = 0; i < 2; i++) {
                if (std == UNDER_YEAR_DAY && left() > 0 && at(0) == ' ') {
                  vp++;
                }
              }
              yday = getnum3(std == ZERO_YEAR_DAY);
            }
            case HOUR -> {
              hour = getnum(false);
              if (hour < 0 || 24 <= hour) {
                rangeErr = "hour";
              }
            }
            case HOUR12, ZERO_HOUR12 -> {
              hour = getnum(std == ZERO_HOUR12);
              if (hour < 0 || 12 < hour) {
                rangeErr = "hour";
              }
            }
            case MINUTE, ZERO_MINUTE -> {
              min = getnum(std == ZERO_MINUTE);
              if (min < 0 || 60 <= min) {
                rangeErr = "minute";
              }
            }
            case SECOND, ZERO_SECOND -> {
              sec = getnum(std == ZERO_SECOND);
              if (sec < 0 || 60 <= sec) {
                rangeErr = "second";
              } else if (left() >= 2 && commaOrPeriod(at(0)) && isDigit(v, vp + 1)) {
                // A fractional second in the value that the layout does not ask for.
                int next = nextStdChunk(l, lp).std();
                if (next != FRAC_SECOND0 && next != FRAC_SECOND9) {
                  int n = 2;
                  while (n < left() && isDigit(v, vp + n)) {
                    n++;
                  }
                  long[] ns = parseNanoseconds(n);
                  nsec = (int) ns[0];
                  if (ns[1] != 0) {
                    rangeErr = "fractional second";
                  }
                  vp += n;
                }
              }
            }
            case PM, PM_LOWER -> {
              if (left() < 2) {
                throw Bad.INSTANCE;
              }
              String p = v.substring(vp, vp + 2);
              vp += 2;
              if (p.equals(std == PM ? "PM" : "pm")) {
                pmSet = true;
              } else if (p.equals(std == PM ? "AM" : "am")) {
                amSet = true;
              } else {
                throw Bad.INSTANCE;
              }
            }
            case ISO8601_TZ,
                ISO8601_SHORT_TZ,
                ISO8601_COLON_TZ,
                ISO8601_SECONDS_TZ,
                ISO8601_COLON_SECONDS_TZ,
                NUM_TZ,
                NUM_SHORT_TZ,
                NUM_COLON_TZ,
                NUM_SECONDS_TZ,
                NUM_COLON_SECONDS_TZ -> {
              boolean iso =
                  std == ISO8601_TZ
                      || std == ISO8601_SHORT_TZ
                      || std == ISO8601_COLON_TZ
                      || std == ISO8601_SECONDS_TZ
                      || std == ISO8601_COLON_SECONDS_TZ;
              if (iso && left() > 0 && at(0) == 'Z') {
                vp++;
                z = DateZones.UTC;
              } else {
                // Offsets into v of the sign, hours, minutes and seconds (-1: "00").
                int hh;
                int mm;
                int ss;
                int len;
                if (std == ISO8601_COLON_TZ || std == NUM_COLON_TZ) {
                  if (left() < 6 || at(3) != ':') {
                    throw Bad.INSTANCE;
                  }
                  hh = 1;
                  mm = 4;
                  ss = -1;
                  len = 6;
                } else if (std == NUM_SHORT_TZ || std == ISO8601_SHORT_TZ) {
                  if (left() < 3) {
                    throw Bad.INSTANCE;
                  }
                  hh = 1;
                  mm = -1;
                  ss = -1;
                  len = 3;
                } else if (std == ISO8601_COLON_SECONDS_TZ || std == NUM_COLON_SECONDS_TZ) {
                  if (left() < 9 || at(3) != ':' || at(6) != ':') {
                    throw Bad.INSTANCE;
                  }
                  hh = 1;
                  mm = 4;
                  ss = 7;
                  len = 9;
                } else if (std == ISO8601_SECONDS_TZ || std == NUM_SECONDS_TZ) {
                  if (left() < 7) {
                    throw Bad.INSTANCE;
                  }
                  hh = 1;
                  mm = 3;
                  ss = 5;
                  len = 7;
                } else {
                  if (left() < 5) {
                    throw Bad.INSTANCE;
                  }
                  hh = 1;
                  mm = 3;
                  ss = -1;
                  len = 5;
                }
                char sign = at(0);
                int hr = fixed2(hh);
                int mi = hr < 0 ? 0 : fixed2(mm);
                int se = hr < 0 || mi < 0 ? 0 : fixed2(ss);
                vp += len;
                bad = hr < 0 || mi < 0 || se < 0;
                hr = Math.max(hr, 0);
                mi = Math.max(mi, 0);
                se = Math.max(se, 0);
                // Go tests with > rather than >=: offsets of 24 hours or 60 minutes occur.
                if (hr > 24) {
                  rangeErr = "time zone offset hour";
                }
                if (mi > 60) {
                  rangeErr = "time zone offset minute";
                }
                if (se > 60) {
                  rangeErr = "time zone offset second";
                }
                zoneOffset = (hr * 60 + mi) * 60 + se;
                switch (sign) {
                  case '+' -> {}
                  case '-' -> zoneOffset = -zoneOffset;
                  default -> bad = true;
                }
              }
            }
            case TZ -> {
              if (v.startsWith("UTC", vp)) {
                z = DateZones.UTC;
                vp += 3;
              } else {
                int n = parseTimeZone(v, vp);
                if (n <= 0) {
                  throw Bad.INSTANCE;
                }
                zoneName = v.substring(vp, vp + n);
                vp += n;
              }
            }
            case FRAC_SECOND0 -> {
              int ndigit = 1 + chunk.digits();
              if (left() < ndigit) {
                throw Bad.INSTANCE;
              }
              long[] ns = parseNanoseconds(ndigit);
              nsec = (int) ns[0];
              if (ns[1] != 0) {
                rangeErr = "fractional second";
              }
              vp += ndigit;
            }
            case FRAC_SECOND9 -> {
              if (left() >= 2 && commaOrPeriod(at(0)) && at(1) >= '0' && at(1) <= '9') {
                // Take any number of digits, even more than asked for.
                int i = 0;
                while (i + 1 < left() && at(i + 1) >= '0' && at(i + 1) <= '9') {
                  i++;
                }
                long[] ns = parseNanoseconds(1 + i);
                nsec = (int) ns[0];
                if (ns[1] != 0) {
                  rangeErr = "fractional second";
                }
                vp += 1 + i;
              }
            }
            default -> throw new IllegalStateException("layout element " + std);
          }
        } catch (Bad b) {
          bad = true;
        }
        if (!rangeErr.isEmpty()) {
          throw parseError(stdstr, rest(), ": " + rangeErr + " out of range");
        }
        if (bad) {
          throw parseError(stdstr, v.substring(hold), "");
        }
      }
      if (pmSet && hour < 12) {
        hour += 12;
      } else if (amSet && hour == 12) {
        hour = 0;
      }

      // Convert yday to day, month.
      if (yday >= 0) {
        int d = 0;
        int m = 0;
        if (isLeap(year)) {
          if (yday == 31 + 29) {
            m = 2;
            d = 29;
          } else if (yday > 31 + 29) {
            yday--;
          }
        }
        if (yday < 1 || yday > 365) {
          throw parseError("", rest(), ": day-of-year out of range");
        }
        if (m == 0) {
          m = (yday - 1) / 31 + 1;
          if (DAYS_BEFORE[m] < yday) {
            m++;
          }
          d = yday - DAYS_BEFORE[m - 1];
        }
        // If month, day already seen, yday's m, d must match.
        if (month >= 0 && month != m) {
          throw parseError("", rest(), ": day-of-year does not match month");
        }
        month = m;
        if (day >= 0 && day != d) {
          throw parseError("", rest(), ": day-of-year does not match day");
        }
        day = d;
      } else {
        if (month < 0) {
          month = 1;
        }
        if (day < 0) {
          day = 1;
        }
      }

      // Validate the day of the month.
      if (day < 1 || day > daysIn(month, year)) {
        throw parseError("", rest(), ": day out of range");
      }

      LocalDateTime fields = LocalDateTime.of(year, month, day, hour, min, sec, nsec);
      if (z != null) {
        return ZonedDateTime.of(fields, z);
      }
      String name = unbytes(zoneName);
      if (zoneOffset != -1) {
        // Local (UTC) has the offset 0 and the name UTC.
        if (zoneOffset == 0 && (name.isEmpty() || name.equals("UTC"))) {
          return ZonedDateTime.of(fields, DateZones.LOCAL);
        }
        ZoneId zone = DateZones.fixedZone(name, zoneOffset);
        if (zone == null) {
          // Keep the instant; the offset is beyond what java.time represents.
          return fields.minusSeconds(zoneOffset).atZone(ZoneOffset.UTC);
        }
        return ZonedDateTime.ofLocal(fields, zone, null);
      }
      if (!name.isEmpty()) {
        int offset = 0;
        if (name.length() > 3 && name.startsWith("GMT")) {
          offset = Integer.parseInt(name.substring(3)) * 3600; // parseTimeZone checked it
        }
        // Go keeps the instant of the fields read as UTC and only moves it into the zone.
        ZonedDateTime utc = ZonedDateTime.of(fields, ZoneOffset.UTC);
        ZoneId zone = DateZones.fixedZone(name, offset);
        return zone == null ? utc : utc.withZoneSameInstant(zone);
      }
      return ZonedDateTime.of(fields, DateZones.LOCAL);
    }

    /**
     * Go's skip of the literal layout text l[from:to] at the value: runs of spaces match runs of
     * spaces. Advances vp as far as it matched.
     */
    private boolean skip(int from, int to) {
      int p = from;
      while (p < to) {
        if (l.charAt(p) == ' ') {
          if (vp < v.length() && v.charAt(vp) != ' ') {
            return false;
          }
          while (p < to && l.charAt(p) == ' ') {
            p++;
          }
          while (vp < v.length() && v.charAt(vp) == ' ') {
            vp++;
          }
          continue;
        }
        if (vp >= v.length() || v.charAt(vp) != l.charAt(p)) {
          return false;
        }
        p++;
        vp++;
      }
      return true;
    }

    /** Go's lookup: a case-insensitive table prefix of the value; advances vp. */
    private int lookup(List<String> table) throws Bad {
      for (int i = 0; i < table.size(); i++) {
        String name = table.get(i);
        if (left() >= name.length() && match(name)) {
          vp += name.length();
          return i;
        }
      }
      throw Bad.INSTANCE;
    }

    private boolean match(String name) {
      for (int i = 0; i < name.length(); i++) {
        int c1 = at(i);
        int c2 = name.charAt(i);
        if (c1 != c2) {
          c1 |= 'a' - 'A';
          c2 |= 'a' - 'A';
          if (c1 != c2 || c1 < 'a' || c1 > 'z') {
            return false;
          }
        }
      }
      return true;
    }

    /** Go's getnum: one or two digits (fixed: exactly two); advances vp. */
    private int getnum(boolean fixed) throws Bad {
      if (!isDigit(v, vp)) {
        throw Bad.INSTANCE;
      }
      if (!isDigit(v, vp + 1)) {
        if (fixed) {
          throw Bad.INSTANCE;
        }
        return v.charAt(vp++) - '0';
      }
      int n = (at(0) - '0') * 10 + (at(1) - '0');
      vp += 2;
      return n;
    }

    /** Go's getnum3: one to three digits (fixed: exactly three); advances vp. */
    private int getnum3(boolean fixed) throws Bad {
      int n = 0;
      int i = 0;
      for (; i < 3 && isDigit(v, vp + i); i++) {
        n = n * 10 + (at(i) - '0');
      }
      if (i == 0 || (fixed && i != 3)) {
        throw Bad.INSTANCE;
      }
      vp += i;
      return n;
    }

    /** getnum(s, true) on the two chars at v[vp+k:]; "00" when k < 0; -1 if not two digits. */
    private int fixed2(int k) {
      if (k < 0) {
        return 0;
      }
      if (!isDigit(v, vp + k) || !isDigit(v, vp + k + 1)) {
        return -1;
      }
      return (at(k) - '0') * 10 + (at(k + 1) - '0');
    }

    /**
     * Go's parseNanoseconds over v[vp:vp+nbytes]: {nanoseconds, 1 if out of range}.
     *
     * @throws Bad when the first char is not a separator or the digits do not parse
     */
    private long[] parseNanoseconds(int nbytes) throws Bad {
      if (!commaOrPeriod(at(0))) {
        throw Bad.INSTANCE;
      }
      nbytes = Math.min(nbytes, 10);
      long ns = atoi(v.substring(vp + 1, vp + nbytes));
      if (ns < 0) {
        return new long[] {0, 1};
      }
      for (int i = 0; i < 10 - nbytes; i++) {
        ns *= 10;
      }
      return new long[] {ns, 0};
    }
  }

  private static boolean commaOrPeriod(char c) {
    return c == '.' || c == ',';
  }

  /** The time package's atoi: optional sign, then digits only. */
  static int atoi(String s) throws Bad {
    boolean neg = false;
    if (!s.isEmpty() && (s.charAt(0) == '-' || s.charAt(0) == '+')) {
      neg = s.charAt(0) == '-';
      s = s.substring(1);
    }
    int i = 0;
    long x = 0;
    for (; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      x = x * 10 + (c - '0');
      if (x > Integer.MAX_VALUE) {
        throw Bad.INSTANCE;
      }
    }
    if (i < s.length()) {
      throw Bad.INSTANCE;
    }
    return neg ? (int) -x : (int) x;
  }

  /** Go's parseTimeZone: the length of a zone abbreviation at the start of value, or 0. */
  /** Go's parseTimeZone: the length of a zone abbreviation at v[vp:], or 0 if there is none. */
  static int parseTimeZone(String v, int vp) {
    int len = v.length() - vp;
    if (len < 3) {
      return 0;
    }
    // ChST and MeST are the only zones with a lower-case letter.
    if (v.startsWith("ChST", vp) || v.startsWith("MeST", vp)) {
      return 4;
    }
    // GMT may have an hour offset.
    if (v.startsWith("GMT", vp)) {
      return len == 3 ? 3 : 3 + parseSignedOffset(v, vp + 3);
    }
    // Some zones are not named but have the +/-00 form.
    if (v.charAt(vp) == '+' || v.charAt(vp) == '-') {
      return parseSignedOffset(v, vp);
    }
    int nUpper = 0;
    while (nUpper < 6 && nUpper < len) {
      char c = v.charAt(vp + nUpper);
      if (c < 'A' || 'Z' < c) {
        break;
      }
      nUpper++;
    }
    switch (nUpper) {
      case 5:
        return v.charAt(vp + 4) == 'T' ? 5 : 0;
      case 4:
        return v.charAt(vp + 3) == 'T' || v.startsWith("WITA", vp) ? 4 : 0;
      case 3:
        return 3;
      default:
        return 0;
    }
  }

  /** Go's parseSignedOffset at v[vp:]: the length of a sign and an hour in -23..+23, or 0. */
  private static int parseSignedOffset(String v, int vp) {
    char sign = v.charAt(vp);
    if (sign != '-' && sign != '+') {
      return 0;
    }
    int i = vp + 1;
    long x = 0;
    for (; i < v.length(); i++) {
      char c = v.charAt(i);
      if (c < '0' || c > '9') {
        break;
      }
      if (x > Long.MAX_VALUE / 10) {
        return 0; // overflow in Go's leadingInt
      }
      x = x * 10 + (c - '0');
    }
    if (i == vp + 1 || x > 23) {
      return 0;
    }
    return i - vp;
  }

  static boolean isLeap(int year) {
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
  }

  static int daysIn(int month, int year) {
    if (month == 2 && isLeap(year)) {
      return 29;
    }
    return DAYS_BEFORE[month] - DAYS_BEFORE[month - 1];
  }
}

package io.rset.gotemplate.sprig;

import io.rset.gotemplate.func.FuncException;
import java.time.ZonedDateTime;

/** Go's time formatting that the JSON functions need: Time.MarshalJSON (RFC 3339, nanoseconds). */
final class DateFormat {
  private DateFormat() {}

  /**
   * The text of Go's Time.MarshalJSON without its quotes: RFC3339Nano, with Go's errors for years
   * outside 0..9999 and zone offsets of 24 hours or more, wrapped as encoding/json wraps them.
   */
  static String marshalJson(ZonedDateTime t) throws FuncException {
    StringBuilder b = new StringBuilder(35);
    appendInt(b, t.getYear(), 4);
    b.append('-');
    appendInt(b, t.getMonthValue(), 2);
    b.append('-');
    appendInt(b, t.getDayOfMonth(), 2);
    b.append('T');
    appendInt(b, t.getHour(), 2);
    b.append(':');
    appendInt(b, t.getMinute(), 2);
    b.append(':');
    appendInt(b, t.getSecond(), 2);
    int nano = t.getNano();
    if (nano != 0) {
      StringBuilder frac = new StringBuilder();
      appendInt(frac, nano, 9);
      int end = frac.length();
      while (frac.charAt(end - 1) == '0') {
        end--;
      }
      b.append('.').append(frac, 0, end);
    }
    int offset = t.getOffset().getTotalSeconds();
    if (offset == 0) {
      b.append('Z');
    } else {
      int zone = offset / 60;
      if (zone < 0) {
        b.append('-');
        zone = -zone;
      } else {
        b.append('+');
      }
      appendInt(b, zone / 60, 2);
      b.append(':');
      appendInt(b, zone % 60, 2);
    }
    String s = b.toString();
    String err = null;
    if (s.charAt(4) != '-') {
      err = "year outside of range [0,9999]";
    } else if (s.charAt(s.length() - 1) != 'Z') {
      char c = s.charAt(s.length() - 6);
      int hh = (s.charAt(s.length() - 5) - '0') * 10 + (s.charAt(s.length() - 4) - '0');
      if ((c >= '0' && c <= '9') || hh >= 24) {
        err = "timezone hour outside of range [0,23]";
      }
    }
    if (err != null) {
      throw new FuncException(
          "json: error calling MarshalJSON for type time.Time: Time.MarshalJSON: " + err);
    }
    return s;
  }

  /** Go's appendInt: decimal x, zero-padded to width digits, with a leading '-' if negative. */
  static void appendInt(StringBuilder b, long x, int width) {
    if (x < 0) {
      b.append('-');
      x = -x;
    }
    String digits = Long.toString(x);
    for (int pad = width - digits.length(); pad > 0; pad--) {
      b.append('0');
    }
    b.append(digits);
  }
}

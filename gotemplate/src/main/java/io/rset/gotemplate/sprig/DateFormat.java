package io.rset.gotemplate.sprig;

import io.rset.gotemplate.fmt.GoTimeFormat;
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
    String s = GoTimeFormat.rfc3339Nano(t);
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
}

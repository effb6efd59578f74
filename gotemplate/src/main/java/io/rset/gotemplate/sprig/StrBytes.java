package io.rset.gotemplate.sprig;

import io.rset.gotemplate.func.FuncException;
import java.nio.charset.StandardCharsets;

/**
 * Go strings are byte sequences; Java strings are UTF-16. These helpers emulate Go's byte-based
 * string operations (len, slicing) over the UTF-8 encoding. A Go string that is not valid UTF-8
 * cannot be held in a Java string: each byte of an invalid sequence becomes U+FFFD, which is how Go
 * itself decodes it rune by rune (and how the output shows once re-read as UTF-8).
 */
final class StrBytes {
  private StrBytes() {}

  /** The UTF-8 bytes of s (Go's {@code []byte(s)}). */
  static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Go's len(s): the number of bytes of the UTF-8 encoding. */
  static int byteLength(String s) {
    return io.rset.gotemplate.value.Values.utf8Length(s, 0, s.length());
  }

  /** Whether s is plain ASCII (byte offsets equal char offsets). */
  static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /**
   * Go's {@code s[from:to]} over byte offsets, with Go's bounds panics. The caller guarantees
   * nothing; out-of-range bounds raise Go's runtime error text.
   */
  static String slice(String s, long from, long to) throws FuncException {
    if (isAscii(s)) {
      checkBounds(from, to, s.length());
      return s.substring((int) from, (int) to);
    }
    byte[] b = utf8(s);
    checkBounds(from, to, b.length);
    return decode(b, (int) from, (int) to);
  }

  /** Go's runtime bounds check for s[from:to] with len n. */
  static void checkBounds(long from, long to, int n) throws FuncException {
    if (to < 0) {
      throw new FuncException("runtime error: slice bounds out of range [:" + to + "]");
    }
    if (to > n) {
      throw new FuncException(
          "runtime error: slice bounds out of range [:" + to + "] with length " + n);
    }
    if (from < 0 || from > to) {
      throw new FuncException("runtime error: slice bounds out of range [" + from + ":" + to + "]");
    }
  }

  /** Decodes b[from:to] as Go does rune by rune: each byte of an invalid sequence is U+FFFD. */
  static String decode(byte[] b, int from, int to) {
    StringBuilder sb = new StringBuilder(to - from);
    int i = from;
    while (i < to) {
      int c = b[i] & 0xff;
      if (c < 0x80) {
        sb.append((char) c);
        i++;
        continue;
      }
      int n;
      int cp;
      int min;
      if (c >= 0xc2 && c <= 0xdf) {
        n = 2;
        cp = c & 0x1f;
        min = 0x80;
      } else if (c >= 0xe0 && c <= 0xef) {
        n = 3;
        cp = c & 0x0f;
        min = 0x800;
      } else if (c >= 0xf0 && c <= 0xf4) {
        n = 4;
        cp = c & 0x07;
        min = 0x10000;
      } else {
        sb.append('\uFFFD');
        i++;
        continue;
      }
      boolean ok = i + n <= to;
      for (int k = 1; ok && k < n; k++) {
        int cc = b[i + k] & 0xff;
        if ((cc & 0xc0) != 0x80) {
          ok = false;
        } else {
          cp = (cp << 6) | (cc & 0x3f);
        }
      }
      if (!ok || cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
        sb.append('\uFFFD');
        i++;
        continue;
      }
      sb.appendCodePoint(cp);
      i += n;
    }
    return sb.toString();
  }

  /** Decodes a whole byte array as Go's string(b). */
  static String decode(byte[] b) {
    return decode(b, 0, b.length);
  }

  /** Throws when a string result of the given length would exceed the list-size limit. */
  static void checkLength(long length, int limit) throws FuncException {
    if (length > limit) {
      throw new FuncException("string length " + length + " exceeds the limit " + limit);
    }
  }
}

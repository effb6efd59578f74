package io.rset.platform.substitute;

import java.nio.charset.StandardCharsets;

/** Go's {@code utf8.DecodeRune} over byte arrays, for the byte-based envsubst port. */
final class Utf8 {
  /** Go's {@code utf8.RuneError}. */
  static final int RUNE_ERROR = 0xFFFD;

  private Utf8() {}

  /**
   * Decodes the rune at {@code off} (before {@code end}) as Go does: an invalid or truncated
   * sequence is {@link #RUNE_ERROR} with width 1. Returns {@code rune << 3 | width} packed, see
   * {@link #rune} and {@link #width}. {@code off} must be below {@code end}.
   */
  static long decode(byte[] b, int off, int end) {
    int b0 = b[off] & 0xFF;
    if (b0 < 0x80) {
      return pack(b0, 1);
    }
    int n;
    int min;
    int r;
    if (b0 >= 0xC2 && b0 <= 0xDF) {
      n = 2;
      min = 0x80;
      r = b0 & 0x1F;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
      n = 3;
      min = 0x800;
      r = b0 & 0x0F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
      n = 4;
      min = 0x10000;
      r = b0 & 0x07;
    } else {
      return pack(RUNE_ERROR, 1);
    }
    if (off + n > end) {
      return pack(RUNE_ERROR, 1);
    }
    for (int i = 1; i < n; i++) {
      int c = b[off + i] & 0xFF;
      if ((c & 0xC0) != 0x80) {
        return pack(RUNE_ERROR, 1);
      }
      r = (r << 6) | (c & 0x3F);
    }
    if (r < min || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF)) {
      return pack(RUNE_ERROR, 1);
    }
    return pack(r, n);
  }

  static int rune(long packed) {
    return (int) (packed >>> 3);
  }

  static int width(long packed) {
    return (int) (packed & 7);
  }

  private static long pack(int rune, int width) {
    return ((long) rune << 3) | width;
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  /** Bytes back to text; invalid sequences (Go would keep the raw bytes) become U+FFFD. */
  static String string(byte[] b, int off, int len) {
    return new String(b, off, len, StandardCharsets.UTF_8);
  }

  static String string(byte[] b) {
    return string(b, 0, b.length);
  }

  /** Go's {@code []rune(s)}: the runes of the bytes, invalid bytes as {@link #RUNE_ERROR}. */
  static int[] runes(byte[] b) {
    int[] out = new int[b.length];
    int n = 0;
    for (int i = 0; i < b.length; ) {
      long d = decode(b, i, b.length);
      out[n++] = rune(d);
      i += width(d);
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Go's {@code string([]rune)}. */
  static byte[] encode(int[] runes) {
    StringBuilder sb = new StringBuilder(runes.length);
    for (int r : runes) {
      sb.appendCodePoint(r);
    }
    return bytes(sb.toString());
  }
}

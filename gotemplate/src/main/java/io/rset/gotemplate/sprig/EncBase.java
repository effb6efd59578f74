package io.rset.gotemplate.sprig;

import java.io.ByteArrayOutputStream;

/**
 * Go's encoding/base64 and encoding/base32 StdEncoding decoders, reproducing which inputs they
 * reject and the byte offset their CorruptInputError reports. Newlines (\r, \n) are ignored as in
 * Go.
 */
final class EncBase {
  private EncBase() {}

  /** A decoding failure with Go's error text. */
  static final class DecodeError extends Exception {
    private static final long serialVersionUID = 1L;

    DecodeError(String message) {
      super(message, null, false, false);
    }
  }

  private static final String B64 =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  private static final String B32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
  private static final int[] B64_MAP = decodeMap(B64);
  private static final int[] B32_MAP = decodeMap(B32);

  private static int[] decodeMap(String alphabet) {
    int[] m = new int[256];
    java.util.Arrays.fill(m, 0xff);
    for (int i = 0; i < alphabet.length(); i++) {
      m[alphabet.charAt(i)] = i;
    }
    return m;
  }

  /** base64.StdEncoding.DecodeString. */
  static byte[] base64Decode(byte[] src) throws DecodeError {
    ByteArrayOutputStream out = new ByteArrayOutputStream(src.length / 4 * 3);
    int si = 0;
    while (si < src.length) {
      int[] dbuf = new int[4];
      int dlen = 4;
      String err = null;
      int j = 0;
      for (; j < 4; j++) {
        if (src.length == si) {
          if (j == 0) {
            return out.toByteArray();
          }
          throw b64Error(si - j);
        }
        int in = src[si] & 0xff;
        si++;
        int v = B64_MAP[in];
        if (v != 0xff) {
          dbuf[j] = v;
          continue;
        }
        if (in == '\n' || in == '\r') {
          j--;
          continue;
        }
        if (in != '=') {
          throw b64Error(si - 1);
        }
        // Padding: the end of the data.
        if (j == 0 || j == 1) {
          throw b64Error(si - 1);
        }
        if (j == 2) {
          while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
            si++;
          }
          if (si == src.length) {
            throw b64Error(src.length);
          }
          if (src[si] != '=') {
            throw b64Error(si - 1);
          }
          si++;
        }
        while (si < src.length && (src[si] == '\n' || src[si] == '\r')) {
          si++;
        }
        if (si < src.length) {
          err = "illegal base64 data at input byte " + si;
        }
        dlen = j;
        break;
      }
      int val = dbuf[0] << 18 | dbuf[1] << 12 | dbuf[2] << 6 | dbuf[3];
      if (dlen >= 2) {
        out.write(val >> 16);
      }
      if (dlen >= 3) {
        out.write(val >> 8);
      }
      if (dlen >= 4) {
        out.write(val);
      }
      if (err != null) {
        throw new DecodeError(err);
      }
      if (dlen < 4) {
        break;
      }
    }
    return out.toByteArray();
  }

  private static DecodeError b64Error(long at) {
    return new DecodeError("illegal base64 data at input byte " + at);
  }

  /** base64.StdEncoding.EncodeToString. */
  static String base64Encode(byte[] b) {
    return java.util.Base64.getEncoder().encodeToString(b);
  }

  /** base32.StdEncoding.EncodeToString. */
  static String base32Encode(byte[] b) {
    StringBuilder sb = new StringBuilder((b.length + 4) / 5 * 8);
    for (int i = 0; i < b.length; i += 5) {
      int n = Math.min(5, b.length - i);
      long buf = 0;
      for (int k = 0; k < 5; k++) {
        buf = (buf << 8) | (k < n ? (b[i + k] & 0xff) : 0);
      }
      int chars = (n * 8 + 4) / 5;
      for (int k = 0; k < 8; k++) {
        if (k < chars) {
          sb.append(B32.charAt((int) ((buf >>> (35 - 5 * k)) & 0x1f)));
        } else {
          sb.append('=');
        }
      }
    }
    return sb.toString();
  }

  /** base32.StdEncoding.DecodeString. */
  static byte[] base32Decode(byte[] raw) throws DecodeError {
    // Newlines are stripped first; offsets then refer to the stripped input.
    ByteArrayOutputStream stripped = new ByteArrayOutputStream(raw.length);
    for (byte x : raw) {
      if (x != '\r' && x != '\n') {
        stripped.write(x);
      }
    }
    byte[] src = stripped.toByteArray();
    int olen = src.length;
    int pos = 0;
    ByteArrayOutputStream out = new ByteArrayOutputStream(olen / 8 * 5);
    boolean end = false;
    while (pos < olen && !end) {
      int[] dbuf = new int[8];
      int dlen = 8;
      for (int j = 0; j < 8; ) {
        int remaining = olen - pos;
        if (remaining == 0) {
          throw b32Error(olen - remaining - j);
        }
        int in = src[pos] & 0xff;
        pos++;
        remaining--;
        if (in == '=' && j >= 2 && remaining < 8) {
          if (remaining + j < 8 - 1) {
            throw b32Error(olen);
          }
          for (int k = 0; k < 8 - 1 - j; k++) {
            if (remaining > k && src[pos + k] != '=') {
              throw b32Error(olen - remaining + k - 1);
            }
          }
          dlen = j;
          end = true;
          if (dlen == 1 || dlen == 3 || dlen == 6) {
            throw b32Error(olen - remaining - 1);
          }
          break;
        }
        dbuf[j] = B32_MAP[in];
        if (dbuf[j] == 0xff) {
          throw b32Error(olen - remaining - 1);
        }
        j++;
      }
      byte[] q = new byte[5];
      q[4] = (byte) (dbuf[6] << 5 | dbuf[7]);
      q[3] = (byte) (dbuf[4] << 7 | dbuf[5] << 2 | dbuf[6] >> 3);
      q[2] = (byte) (dbuf[3] << 4 | dbuf[4] >> 1);
      q[1] = (byte) (dbuf[1] << 6 | dbuf[2] << 1 | dbuf[3] >> 4);
      q[0] = (byte) (dbuf[0] << 3 | dbuf[1] >> 2);
      int n =
          switch (dlen) {
            case 8 -> 5;
            case 7 -> 4;
            case 5 -> 3;
            case 4 -> 2;
            case 2 -> 1;
            default -> 0;
          };
      out.write(q, 0, n);
    }
    return out.toByteArray();
  }

  private static DecodeError b32Error(long at) {
    return new DecodeError("illegal base32 data at input byte " + at);
  }
}

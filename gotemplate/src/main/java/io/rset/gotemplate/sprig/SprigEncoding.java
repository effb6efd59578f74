package io.rset.gotemplate.sprig;

import static io.rset.gotemplate.value.GoType.STRING;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoType;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.zip.Adler32;

/**
 * slim-sprig's encoding and hash functions: b64enc/b64dec, b32enc/b32dec (a decoding error is
 * returned as the result string, as sprig does), sha1sum, sha256sum (lowercase hex) and adler32sum
 * (decimal).
 */
final class SprigEncoding {
  private SprigEncoding() {}

  static List<GoFunction> functions(Limits limits) {
    List<GoType> s = List.of(STRING);
    return List.of(
        GoFunction.of("b64enc", STRING, s, a -> EncBase.base64Encode(StrBytes.utf8((String) a[0]))),
        GoFunction.of(
            "b64dec",
            STRING,
            s,
            a -> {
              try {
                return StrBytes.decode(EncBase.base64Decode(StrBytes.utf8((String) a[0])));
              } catch (EncBase.DecodeError e) {
                return e.getMessage();
              }
            }),
        GoFunction.of("b32enc", STRING, s, a -> EncBase.base32Encode(StrBytes.utf8((String) a[0]))),
        GoFunction.of(
            "b32dec",
            STRING,
            s,
            a -> {
              try {
                return StrBytes.decode(EncBase.base32Decode(StrBytes.utf8((String) a[0])));
              } catch (EncBase.DecodeError e) {
                return e.getMessage();
              }
            }),
        GoFunction.of("sha1sum", STRING, s, a -> hex("SHA-1", (String) a[0])),
        GoFunction.of("sha256sum", STRING, s, a -> hex("SHA-256", (String) a[0])),
        GoFunction.of(
            "adler32sum",
            STRING,
            s,
            a -> {
              Adler32 ad = new Adler32();
              ad.update(StrBytes.utf8((String) a[0]));
              return Long.toString(ad.getValue());
            }));
  }

  private static String hex(String algorithm, String input) {
    try {
      return HexFormat.of()
          .formatHex(MessageDigest.getInstance(algorithm).digest(StrBytes.utf8(input)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is required of every JVM", e);
    }
  }
}

package io.rset.core.platform;

import java.nio.charset.StandardCharsets;

/** Input set ids (spec §2.6): Adler-32 of the UTF-8 bytes as an unsigned decimal string. */
final class Adler32 {
  private Adler32() {}

  static String id(String s) {
    java.util.zip.Adler32 a = new java.util.zip.Adler32();
    a.update(s.getBytes(StandardCharsets.UTF_8));
    return Long.toString(a.getValue());
  }
}

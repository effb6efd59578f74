package io.rset.core.inputs;

import java.nio.charset.StandardCharsets;
import java.util.zip.Adler32;

/** Input-set ids (spec §2.6): Adler-32 of the UTF-8 bytes, as an unsigned decimal string. */
public final class InputIds {
  private InputIds() {}

  /** {@code adler32("foo")} is {@code "42074437"}. */
  public static String adler32(String s) {
    Adler32 a = new Adler32();
    a.update(s.getBytes(StandardCharsets.UTF_8));
    return Long.toString(a.getValue());
  }
}

package io.rset.operator.runtime;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;

/**
 * Fuzzes {@link ListenAddress#parse}: the only allowed failure is an {@link
 * IllegalArgumentException} whose message starts with {@code invalid address}; a parsed address
 * must print back to a text that parses to the same address.
 *
 * <p>Fuzz mode: {@code JAZZER_FUZZ=1 ./mvnw -pl operator test -Dtest=ListenAddressFuzzTest}.
 */
class ListenAddressFuzzTest {
  @FuzzTest(maxDuration = "2m")
  void parse(byte[] data) {
    String text = new String(data, StandardCharsets.UTF_8);
    ListenAddress a;
    try {
      a = ListenAddress.parse(text);
    } catch (IllegalArgumentException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith("invalid address ")) {
        throw new AssertionError("unexpected message: " + e.getMessage(), e);
      }
      return;
    }
    if (!ListenAddress.parse(a.toString()).equals(a)) {
      throw new AssertionError("round trip changed " + text + " -> " + a);
    }
    if (a.port() < 0 || a.port() > 65535) {
      throw new AssertionError("port out of range: " + a);
    }
  }
}

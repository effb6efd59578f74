package io.rset.cluster.tree;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class HelmStorageTest {
  private static String secretValue(byte[] helmPayload) {
    String helm = Base64.getEncoder().encodeToString(helmPayload);
    return Base64.getEncoder().encodeToString(helm.getBytes(StandardCharsets.US_ASCII));
  }

  private static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(out)) {
      z.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  @Test
  void decodesGzippedReleases() throws IOException {
    String value = secretValue(gzip("{\"name\":\"x\",\"manifest\":\"---\\nkind: A\\n\"}"));
    assertThat(HelmStorage.manifest(value)).contains("---\nkind: A\n");
  }

  @Test
  void decodesUncompressedReleases() {
    String value = secretValue("{\"manifest\":\"kind: B\\n\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(HelmStorage.manifest(value)).contains("kind: B\n");
  }

  @Test
  void garbageGivesNothing() throws IOException {
    assertThat(HelmStorage.manifest(null)).isEmpty();
    assertThat(HelmStorage.manifest("not base64!")).isEmpty();
    assertThat(HelmStorage.manifest(secretValue("not json".getBytes(StandardCharsets.UTF_8))))
        .isEmpty();
    assertThat(HelmStorage.manifest(secretValue(gzip("{\"manifest\": 1}")))).isEmpty();
    byte[] truncated = gzip("{\"manifest\":\"x\"}");
    byte[] cut = java.util.Arrays.copyOf(truncated, 8);
    assertThat(HelmStorage.manifest(secretValue(cut))).isEmpty();
  }
}

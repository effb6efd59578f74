package io.rset.core.build;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The applied-set digest {@code status.lastAppliedRevision} (spec §3.9.7): {@code sha256:} + hex
 * SHA-256 of each object's YAML (§3.6) followed by {@code ---\n}, in build order.
 */
public final class AppliedDigest {
  private AppliedDigest() {}

  /**
   * @throws IllegalArgumentException when an object holds a value Go cannot marshal
   */
  public static String of(List<Map<String, Object>> objects) {
    MessageDigest sha = sha256();
    for (Map<String, Object> o : objects) {
      try {
        sha.update(GoText.yaml(o).getBytes(StandardCharsets.UTF_8));
      } catch (GoText.MarshalException e) {
        throw new IllegalArgumentException(e.getMessage(), e);
      }
      sha.update("---\n".getBytes(StandardCharsets.UTF_8));
    }
    return "sha256:" + HexFormat.of().formatHex(sha.digest());
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

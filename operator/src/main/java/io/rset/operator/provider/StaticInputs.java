package io.rset.operator.provider;

import io.rset.core.inputs.InputIds;
import io.rset.core.yaml.YamlWriter;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The exported inputs of a Static provider (spec §5.1 step 8, §5.8) and their revision (step 9).
 */
final class StaticInputs {
  private StaticInputs() {}

  /**
   * Exactly one input: the default values plus {@code id = adler32(uid)}, which wins over a default
   * named {@code id}. Keys in lexical order, as the status stores them.
   */
  static List<Map<String, Object>> export(Map<String, Object> defaultValues, String uid) {
    Map<String, Object> input = new TreeMap<>(defaultValues);
    input.put("id", InputIds.adler32(uid == null ? "" : uid));
    return List.of(input);
  }

  /**
   * {@code sha256:} + hex SHA-256 of the YAML serialisation (sigs.k8s.io/yaml, spec §3.6) of the
   * exported list.
   */
  static String revision(List<Map<String, Object>> exported) {
    byte[] yaml = YamlWriter.toYaml(exported).getBytes(StandardCharsets.UTF_8);
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return "sha256:" + HexFormat.of().formatHex(sha.digest(yaml));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}

package io.rset.core.build;

import java.util.Map;

/**
 * Reads ConfigMaps and Secrets for copyFrom, convertKubeConfigFrom and checksumFrom (spec
 * §3.9.3–§3.9.5). The operator implements it with an (impersonated) cluster client; tests and
 * offline builds use {@link InMemoryObjectLookup}.
 */
public interface ObjectLookup {

  /**
   * A read that failed; the message is the API error text, e.g. {@code configmaps "x" not found}.
   */
  final class LookupException extends Exception {
    private static final long serialVersionUID = 1L;

    public LookupException(String message) {
      super(message);
    }
  }

  /**
   * A ConfigMap's content.
   *
   * @param data never null
   * @param binaryData raw bytes, never null
   */
  record ConfigMapData(Map<String, String> data, Map<String, byte[]> binaryData) {
    public ConfigMapData {
      data = data == null ? Map.of() : Map.copyOf(data);
      binaryData = binaryData == null ? Map.of() : Map.copyOf(binaryData);
    }
  }

  /**
   * A Secret's content.
   *
   * @param type the Secret type, "" when unset
   * @param data decoded bytes, never null
   */
  record SecretData(String type, Map<String, byte[]> data) {
    public SecretData {
      type = type == null ? "" : type;
      data = data == null ? Map.of() : Map.copyOf(data);
    }
  }

  ConfigMapData configMap(String namespace, String name) throws LookupException;

  SecretData secret(String namespace, String name) throws LookupException;
}

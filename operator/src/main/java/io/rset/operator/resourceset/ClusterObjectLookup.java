package io.rset.operator.resourceset;

import io.rset.core.build.ObjectLookup;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * core's {@link ObjectLookup} (copyFrom, convertKubeConfigFrom, checksumFrom) backed by the
 * cluster, through the ResourceSet's (possibly impersonating) client. Errors carry the API text
 * only, never object content.
 */
final class ClusterObjectLookup implements ObjectLookup {
  private final KubeApi api;

  ClusterObjectLookup(KubeApi api) {
    this.api = api;
  }

  @Override
  public ConfigMapData configMap(String namespace, String name) throws LookupException {
    Map<String, Object> cm = read("ConfigMap", namespace, name);
    Map<String, String> data = new LinkedHashMap<>();
    if (cm.get("data") instanceof Map<?, ?> d) {
      d.forEach((k, v) -> data.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    }
    Map<String, byte[]> binary = new LinkedHashMap<>();
    if (cm.get("binaryData") instanceof Map<?, ?> b) {
      b.forEach((k, v) -> binary.put(String.valueOf(k), decode(v)));
    }
    return new ConfigMapData(data, binary);
  }

  @Override
  public SecretData secret(String namespace, String name) throws LookupException {
    Map<String, Object> s = read("Secret", namespace, name);
    Map<String, byte[]> data = new LinkedHashMap<>();
    if (s.get("data") instanceof Map<?, ?> d) {
      d.forEach((k, v) -> data.put(String.valueOf(k), decode(v)));
    }
    return new SecretData(s.get("type") == null ? "" : String.valueOf(s.get("type")), data);
  }

  private Map<String, Object> read(String kind, String namespace, String name)
      throws LookupException {
    try {
      return api.require(new ObjectRef("", "v1", kind, namespace, name));
    } catch (ApiException e) {
      throw new LookupException(e.getMessage());
    }
  }

  private static byte[] decode(Object v) {
    if (v == null) {
      return new byte[0];
    }
    try {
      return Base64.getDecoder().decode(String.valueOf(v));
    } catch (IllegalArgumentException e) {
      return new byte[0];
    }
  }
}

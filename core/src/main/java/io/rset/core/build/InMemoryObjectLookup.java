package io.rset.core.build;

import java.util.HashMap;
import java.util.Map;

/** An {@link ObjectLookup} over fixed objects, answering Kubernetes' NotFound text otherwise. */
public final class InMemoryObjectLookup implements ObjectLookup {
  private final Map<String, ConfigMapData> configMaps = new HashMap<>();
  private final Map<String, SecretData> secrets = new HashMap<>();
  private final Map<String, String> failures = new HashMap<>();

  public InMemoryObjectLookup withConfigMap(String namespace, String name, ConfigMapData data) {
    configMaps.put(namespace + "/" + name, data);
    return this;
  }

  public InMemoryObjectLookup withSecret(String namespace, String name, SecretData data) {
    secrets.put(namespace + "/" + name, data);
    return this;
  }

  /** Makes reads of Kind namespace/name fail with the given API error text. */
  public InMemoryObjectLookup failing(String kind, String namespace, String name, String error) {
    failures.put(kind + "/" + namespace + "/" + name, error);
    return this;
  }

  @Override
  public ConfigMapData configMap(String namespace, String name) throws LookupException {
    fail("ConfigMap", namespace, name);
    ConfigMapData d = configMaps.get(namespace + "/" + name);
    if (d == null) {
      throw new LookupException("configmaps \"" + name + "\" not found");
    }
    return d;
  }

  @Override
  public SecretData secret(String namespace, String name) throws LookupException {
    fail("Secret", namespace, name);
    SecretData d = secrets.get(namespace + "/" + name);
    if (d == null) {
      throw new LookupException("secrets \"" + name + "\" not found");
    }
    return d;
  }

  private void fail(String kind, String namespace, String name) throws LookupException {
    String error = failures.get(kind + "/" + namespace + "/" + name);
    if (error != null) {
      throw new LookupException(error);
    }
  }
}

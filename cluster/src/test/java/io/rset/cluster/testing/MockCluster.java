package io.rset.cluster.testing;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ClusterObjects;
import io.rset.cluster.access.ObjectRef;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's Kubernetes mock server in CRUD mode with a client, for tests: objects are created from
 * YAML (status included, as a controller would have written it) and changed as a controller would,
 * through the status subresource.
 */
public final class MockCluster implements AutoCloseable {
  static {
    Logger.getLogger("io.fabric8.mockwebserver").setLevel(Level.WARNING);
  }

  private final KubernetesMockServer server;
  private final KubernetesClient client;

  public MockCluster() {
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    server.init();
    client = server.createClient();
  }

  public KubernetesClient client() {
    return client;
  }

  public ClusterObjects objects() {
    return new ClusterObjects(client);
  }

  /** The server's URL, for clients built from flags. */
  public String url() {
    return server.url("/");
  }

  /** Creates every object of a multi-document YAML text. */
  public MockCluster create(String yaml) {
    for (YamlNode doc : new YamlReader().readKubernetesDocuments("fixture", yaml)) {
      String json = YamlWriter.toRawJson(doc.toValue());
      GenericKubernetesResource r = Serialization.unmarshal(json, GenericKubernetesResource.class);
      FluxKind kind = FluxKind.ofKind(r.getKind()).orElse(null);
      if (kind != null) {
        client
            .genericKubernetesResources(kind.context())
            .inNamespace(r.getMetadata().getNamespace())
            .resource(r)
            .create();
      } else {
        HasMetadata typed = Serialization.unmarshal(json);
        client.resource(typed).create();
      }
    }
    return this;
  }

  /** Creates the objects of a fixture file under {@code src/test/resources/fixtures}. */
  public MockCluster fixture(String name) {
    return create(resource("/fixtures/" + name));
  }

  /** Reads a test resource as text. */
  public static String resource(String path) {
    try (InputStream in = MockCluster.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Changes an object's status as its controller would (status subresource). */
  @SuppressWarnings("unchecked")
  public void updateStatus(ObjectRef ref, Consumer<Map<String, Object>> change) {
    var op =
        client
            .genericKubernetesResources(ref.kind().context())
            .inNamespace(ref.namespace())
            .withName(ref.name());
    GenericKubernetesResource r = op.get();
    Map<String, Object> status =
        (Map<String, Object>)
            r.getAdditionalProperties().computeIfAbsent("status", k -> new HashMap<>());
    change.accept(status);
    client
        .genericKubernetesResources(ref.kind().context())
        .inNamespace(ref.namespace())
        .resource(r)
        .updateStatus();
  }

  /** Removes an object's finalizers, as its controller does when it has cleaned up. */
  public void removeFinalizers(ObjectRef ref) {
    var op =
        client
            .genericKubernetesResources(ref.kind().context())
            .inNamespace(ref.namespace())
            .withName(ref.name());
    GenericKubernetesResource r = op.get();
    if (r != null) {
      r.getMetadata().setFinalizers(new java.util.ArrayList<>());
      client
          .genericKubernetesResources(ref.kind().context())
          .inNamespace(ref.namespace())
          .resource(r)
          .update();
    }
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}

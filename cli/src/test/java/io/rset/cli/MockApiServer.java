package io.rset.cli;

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
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * fabric8's CRUD mock API server for CLI tests, reached by the CLI through a kubeconfig file
 * (context namespace {@code flux-system}) as a user's cluster would be.
 */
final class MockApiServer implements AutoCloseable {
  static {
    Logger.getLogger("io.fabric8.mockwebserver").setLevel(Level.WARNING);
  }

  private final KubernetesMockServer server;
  private final KubernetesClient client;
  private final Path kubeconfig;

  MockApiServer(Path dir) {
    server =
        new KubernetesMockServer(
            new Context(),
            new MockWebServer(),
            new HashMap<>(),
            new KubernetesCrudDispatcher(),
            false);
    server.init();
    client = server.createClient();
    kubeconfig = dir.resolve("kubeconfig");
    String config =
        """
        apiVersion: v1
        kind: Config
        clusters:
        - name: mock
          cluster:
            server: %s
        contexts:
        - name: mock
          context:
            cluster: mock
            namespace: flux-system
            user: tester
        current-context: mock
        users:
        - name: tester
          user:
            token: test-token
        """
            .formatted(server.url("/"));
    try {
      Files.writeString(kubeconfig, config);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The kubeconfig file pointing at this server. */
  String kubeconfig() {
    return kubeconfig.toString();
  }

  ClusterObjects objects() {
    return new ClusterObjects(client);
  }

  KubernetesClient client() {
    return client;
  }

  /** Creates the objects of a test resource under {@code /cluster/}. */
  MockApiServer fixture(String name) {
    try (InputStream in = MockApiServer.class.getResourceAsStream("/cluster/" + name)) {
      return create(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Creates every object of a multi-document YAML text (status included). */
  MockApiServer create(String yaml) {
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

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}

package io.rset.cluster.why;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * fabric8's CRUD mock server ({@link FixtureDispatcher}) loaded with a fixture's objects, status
 * and generation included.
 */
final class FixtureCluster implements AutoCloseable {
  final KubernetesMockServer server;
  final KubernetesClient client;

  /** The mock server logs every request at INFO; kept quiet (held: JUL loggers are weak). */
  private static final java.util.logging.Logger QUIET = quiet();

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger l = java.util.logging.Logger.getLogger("io.fabric8.mockwebserver");
    l.setLevel(java.util.logging.Level.WARNING);
    return l;
  }

  FixtureCluster() {
    server =
        new KubernetesMockServer(
            new Context(), new MockWebServer(), new HashMap<>(), new FixtureDispatcher(), false);
    server.init();
    client = server.createClient();
  }

  /** A mock cluster holding why/NAME.yaml. */
  static FixtureCluster of(String fixture) {
    FixtureCluster c = new FixtureCluster();
    c.load(Fixtures.load(fixture));
    return c;
  }

  void load(List<Map<String, Object>> objects) {
    for (Map<String, Object> o : objects) {
      String apiVersion = Fields.string(o, "apiVersion");
      String kind = Fields.string(o, "kind");
      ResourceDefinitionContext ctx = FabricClusterView.known(apiVersion, kind);
      if (ctx == null) {
        throw new IllegalArgumentException("fixture kind not known to the view: " + kind);
      }
      GenericKubernetesResource r =
          Serialization.jsonMapper().convertValue(o, GenericKubernetesResource.class);
      String ns = Fields.string(o, "metadata", "namespace");
      var op =
          ns.isEmpty()
              ? client.genericKubernetesResources(ctx)
              : client.genericKubernetesResources(ctx).inNamespace(ns);
      op.resource(r).create();
      Long generation = Fields.number(o, "metadata", "generation");
      if (generation != null && generation != 1) {
        // The mock sets generation 1 on create; an update carries the fixture's.
        op.resource(r).update();
      }
    }
  }

  /** The URL of the mock API server. */
  String url() {
    return server.url("/");
  }

  @Override
  public void close() {
    client.close();
    server.destroy();
  }
}

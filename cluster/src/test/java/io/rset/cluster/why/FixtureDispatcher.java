package io.rset.cluster.why;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;

/**
 * fabric8's CRUD dispatcher, except that an update keeps the {@code metadata.generation} it carries
 * (the mock sets 1 on create and counts spec changes), so fixtures can hold a generation ahead of
 * the observed one.
 */
final class FixtureDispatcher extends KubernetesCrudDispatcher {
  @Override
  public void preserveMetadata(JsonNode current, JsonNode updated) {
    JsonNode sent = updated.path("metadata").get("generation");
    super.preserveMetadata(current, updated);
    if (sent != null && sent.isNumber()) {
      ((ObjectNode) updated.get("metadata")).put("generation", sent.asLong());
    }
  }

  @Override
  public void touchGeneration(JsonNode current, JsonNode updated) {
    // keep the generation the fixture sends
  }
}

package io.rset.cluster.why;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.fabric8.kubernetes.client.server.mock.KubernetesCrudDispatcher;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.http.MockResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * fabric8's CRUD dispatcher with the two API server behaviours the {@code why} tests need and the
 * mock lacks: event lists honour the field selectors {@code involvedObject.name=…} and {@code
 * regarding.name=…}, and an update keeps the {@code metadata.generation} it carries (so fixtures
 * can hold a generation ahead of the observed one).
 */
final class FixtureDispatcher extends KubernetesCrudDispatcher {
  private static final Pattern EVENT_SELECTOR =
      Pattern.compile("[?&]fieldSelector=(involvedObject|regarding)\\.name(?:%3D|=)([^&]*)");

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

  @Override
  public MockResponse handleGet(String path) {
    Matcher m = EVENT_SELECTOR.matcher(path);
    if (!path.contains("/events") || !m.find()) {
      return super.handleGet(path);
    }
    String field = m.group(1);
    String name = URLDecoder.decode(m.group(2), StandardCharsets.UTF_8);
    String stripped = path.substring(0, m.start()) + path.substring(m.end());
    if (stripped.contains("&") && !stripped.contains("?")) {
      stripped = stripped.replaceFirst("&", "?");
    }
    MockResponse response = super.handleGet(stripped);
    if (response.code() != 200) {
      return response;
    }
    try {
      JsonNode list = Serialization.jsonMapper().readTree(response.getBody().readUtf8());
      ArrayNode kept = Serialization.jsonMapper().createArrayNode();
      for (JsonNode item : list.path("items")) {
        if (item.path(field).path("name").asText().equals(name)) {
          kept.add(item);
        }
      }
      ((ObjectNode) list).set("items", kept);
      return response.setBody(Serialization.jsonMapper().writeValueAsString(list));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

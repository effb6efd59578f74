package io.rset.operator.provider;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rset.operator.api.ResourceSetInputProvider;
import java.util.List;
import java.util.Map;

/** What the provider tests read back from the mock cluster. */
final class ProviderStatus {
  private ProviderStatus() {}

  /** The provider's condition of {@code type}, or null (also when there is no provider). */
  static Map<String, Object> condition(ResourceSetInputProvider p, String type) {
    if (p == null || p.getStatus() == null) {
      return null;
    }
    return p.getStatus().conditions().stream()
        .filter(c -> type.equals(c.get("type")))
        .findFirst()
        .orElse(null);
  }

  /** The events with {@code reason} recorded on object {@code name} in {@code namespace}. */
  static List<Event> events(KubernetesClient client, String namespace, String name, String reason) {
    return client.v1().events().inNamespace(namespace).list().getItems().stream()
        .filter(e -> name.equals(e.getInvolvedObject().getName()))
        .filter(e -> reason.equals(e.getReason()))
        .toList();
  }
}

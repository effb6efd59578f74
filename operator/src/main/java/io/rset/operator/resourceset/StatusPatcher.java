package io.rset.operator.resourceset;

import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.base.PatchContext;
import io.fabric8.kubernetes.client.dsl.base.PatchType;
import io.rset.operator.api.ResourceSet;
import java.util.Map;

/**
 * Writes a ResourceSet's whole status with a forced server-side apply on the status subresource,
 * field manager {@code flux-operator} (so fields left out are removed).
 */
final class StatusPatcher {
  private final KubernetesClient client;

  StatusPatcher(KubernetesClient client) {
    this.client = client;
  }

  ResourceSet patch(ResourceSet rs, Map<String, Object> status) {
    ResourceSet body = new ResourceSet();
    body.setMetadata(
        new ObjectMetaBuilder()
            .withName(rs.getMetadata().getName())
            .withNamespace(rs.getMetadata().getNamespace())
            .build());
    body.setSpec(null);
    body.setStatus(new ResourceSet.Status(status));
    return client
        .resources(ResourceSet.class)
        .inNamespace(rs.getMetadata().getNamespace())
        .withName(rs.getMetadata().getName())
        .subresource("status")
        .patch(
            new PatchContext.Builder()
                .withPatchType(PatchType.SERVER_SIDE_APPLY)
                .withFieldManager(ReconcilerSettings.FIELD_MANAGER)
                .withForce(true)
                .build(),
            body);
  }
}

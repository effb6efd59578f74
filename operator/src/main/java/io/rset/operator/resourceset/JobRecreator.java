package io.rset.operator.resourceset;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.rset.core.build.ObjectMetadata;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Failed-Job recreation before a step is applied (spec §4.5 step 1): a {@code batch/v1} Job of the
 * step annotated {@code fluxcd.controlplane.io/recreateOnFailure: enabled} that failed in the
 * cluster and carries this ResourceSet's owner labels is deleted (foreground, UID precondition),
 * then the deleted Jobs are waited for.
 */
final class JobRecreator {
  static final String RECREATE = "fluxcd.controlplane.io/recreateOnFailure";

  private final KubeApi api;
  private final ReconcilerSettings settings;
  private final String ownerName;
  private final String ownerNamespace;

  JobRecreator(KubeApi api, ReconcilerSettings settings, String ownerName, String ownerNamespace) {
    this.api = api;
    this.settings = settings;
    this.ownerName = ownerName;
    this.ownerNamespace = ownerNamespace;
  }

  /**
   * @throws OperationFailure with the controller's message (unwrapped)
   */
  void recreateFailedJobs(List<Map<String, Object>> objects)
      throws OperationFailure, InterruptedException {
    List<ObjectRef> deleted = new ArrayList<>();
    for (Map<String, Object> o : objects) {
      if (!"batch/v1".equals(o.get("apiVersion"))
          || !"Job".equals(o.get("kind"))
          || !"enabled".equals(Applier.metadataMap(o, "annotations").get(RECREATE))) {
        continue;
      }
      ObjectRef ref = ObjectRef.of(o);
      Map<String, Object> current;
      try {
        current = api.get(ref);
      } catch (ApiException e) {
        throw new OperationFailure(
            "failed to read Job " + ref.display() + " status: " + e.getMessage(), List.of());
      }
      if (current == null || KStatus.compute(current).status() != KStatus.Status.Failed) {
        continue;
      }
      Map<String, Object> labels = Applier.metadataMap(current, "labels");
      if (!ownerName.equals(labels.get(ObjectMetadata.NAME_LABEL))
          || !ownerNamespace.equals(labels.get(ObjectMetadata.NAMESPACE_LABEL))) {
        continue;
      }
      String uid = String.valueOf(KStatus.at(current, "metadata", "uid"));
      try {
        api.delete(ref, DeletionPropagation.FOREGROUND, uid);
      } catch (ApiException e) {
        throw new OperationFailure(
            "failed to delete failed Job " + ref.display() + ": " + e.getMessage(), List.of());
      }
      deleted.add(ref);
    }
    if (deleted.isEmpty()) {
      return;
    }
    Clock clock = settings.clock();
    Instant deadline = clock.instant().plus(settings.gcTimeout());
    for (ObjectRef r : deleted) {
      while (true) {
        try {
          if (api.get(r) == null) {
            break;
          }
        } catch (ApiException e) {
          throw new OperationFailure(
              "failed to wait for Jobs termination: " + e.getMessage(), List.of());
        }
        if (!clock.instant().isBefore(deadline)) {
          throw new OperationFailure(
              "failed to wait for Jobs termination: timeout waiting for " + r.display(), List.of());
        }
        Thread.sleep(settings.gcPollInterval().toMillis());
      }
    }
  }
}

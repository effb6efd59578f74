package io.rset.operator.resourceset;

import io.fabric8.kubernetes.api.model.DeletionPropagation;
import io.rset.core.build.ObjectMetadata;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes stale inventory objects (spec §4.7): Flux Kustomizations and HelmReleases first (then
 * waits for them to disappear), then the rest, each phase in reverse apply order. Only objects
 * carrying this ResourceSet's owner labels are deleted; objects with {@code
 * fluxcd.controlplane.io/prune: disabled} are skipped.
 */
final class GarbageCollector {
  static final String PRUNE = "fluxcd.controlplane.io/prune";
  private static final Logger LOG = LoggerFactory.getLogger(GarbageCollector.class);

  private final KubeApi api;
  private final ReconcilerSettings settings;
  private final String ownerName;
  private final String ownerNamespace;

  GarbageCollector(
      KubeApi api, ReconcilerSettings settings, String ownerName, String ownerNamespace) {
    this.api = api;
    this.settings = settings;
    this.ownerName = ownerName;
    this.ownerNamespace = ownerNamespace;
  }

  /**
   * Deletes the stale objects.
   *
   * @return one entry per object ({@code deleted} or {@code skipped})
   * @throws OperationFailure {@code delete failed, errors: <e1>;<e2>;} with the entries done
   */
  List<ChangeEntry> collect(List<ObjectRef> stale) throws OperationFailure, InterruptedException {
    List<ObjectRef> sorted = new ArrayList<>(stale);
    sorted.sort(ApplyOrder.REFS);
    List<ObjectRef> flux = new ArrayList<>();
    List<ObjectRef> rest = new ArrayList<>();
    for (ObjectRef r : sorted) {
      (Applier.isFluxKind(r) ? flux : rest).add(r);
    }
    List<ChangeEntry> entries = new ArrayList<>();
    StringBuilder errors = new StringBuilder();
    List<ObjectRef> deletedFlux = deleteAll(flux, entries, errors);
    if (!deletedFlux.isEmpty()) {
      waitGone(deletedFlux);
    }
    deleteAll(rest, entries, errors);
    if (errors.length() > 0) {
      throw new OperationFailure("delete failed, errors: " + errors, entries);
    }
    return entries;
  }

  private List<ObjectRef> deleteAll(
      List<ObjectRef> refs, List<ChangeEntry> entries, StringBuilder errors) {
    List<ObjectRef> deleted = new ArrayList<>();
    for (int i = refs.size() - 1; i >= 0; i--) {
      ObjectRef r = refs.get(i);
      Map<String, Object> o;
      try {
        o = api.get(r);
      } catch (ApiException e) {
        errors.append(r.display()).append(" query failed: ").append(e.getMessage()).append(';');
        continue;
      }
      if (o == null) {
        entries.add(new ChangeEntry(r, ChangeEntry.DELETED));
        continue;
      }
      if (!owned(o) || pruneDisabled(o)) {
        entries.add(new ChangeEntry(r, ChangeEntry.SKIPPED));
        continue;
      }
      try {
        api.delete(r, DeletionPropagation.BACKGROUND, null);
        entries.add(new ChangeEntry(r, ChangeEntry.DELETED));
        deleted.add(r);
      } catch (ApiException e) {
        errors.append(r.display()).append(" delete failed: ").append(e.getMessage()).append(';');
      }
    }
    return deleted;
  }

  private boolean owned(Map<String, Object> o) {
    Map<String, Object> labels = Applier.metadataMap(o, "labels");
    return ownerName.equals(labels.get(ObjectMetadata.NAME_LABEL))
        && ownerNamespace.equals(labels.get(ObjectMetadata.NAMESPACE_LABEL));
  }

  static boolean pruneDisabled(Map<String, Object> o) {
    return "disabled".equalsIgnoreCase(String.valueOf(Applier.metadataMap(o, "labels").get(PRUNE)))
        || "disabled"
            .equalsIgnoreCase(String.valueOf(Applier.metadataMap(o, "annotations").get(PRUNE)));
  }

  /** Waits for deleted Flux objects to disappear; a timeout is only logged. */
  private void waitGone(List<ObjectRef> refs) throws InterruptedException {
    Clock clock = settings.clock();
    Instant deadline = clock.instant().plus(settings.gcTimeout());
    while (true) {
      boolean any = false;
      for (ObjectRef r : refs) {
        try {
          if (api.get(r) != null) {
            any = true;
            break;
          }
        } catch (ApiException e) {
          any = true;
          break;
        }
      }
      if (!any) {
        return;
      }
      if (!clock.instant().isBefore(deadline)) {
        LOG.info(
            "timeout waiting for Flux objects of ResourceSet {}/{} to be deleted",
            ownerNamespace,
            ownerName);
        return;
      }
      Thread.sleep(settings.gcPollInterval().toMillis());
    }
  }
}

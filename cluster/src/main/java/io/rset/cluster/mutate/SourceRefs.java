package io.rset.cluster.mutate;

import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectMaps;
import io.rset.cluster.access.ObjectRef;
import java.util.Map;
import java.util.Optional;

/**
 * The source object a Flux Kustomization or HelmRelease reconciles from: a Kustomization's {@code
 * spec.sourceRef}; a HelmRelease's {@code spec.chartRef}, else the HelmChart the controller created
 * ({@code status.helmChart}, {@code <namespace>/<name>}).
 */
final class SourceRefs {
  private SourceRefs() {}

  static ObjectRef of(ObjectRef ref, Map<String, Object> obj) {
    return switch (ref.kind()) {
      case KUSTOMIZATION ->
          fromRef(ref, ObjectMaps.map(obj, "spec", "sourceRef"), "spec.sourceRef");
      case HELM_RELEASE -> helmReleaseSource(ref, obj);
      default ->
          throw new ClusterException("--with-source is not supported for " + ref.kind().kind());
    };
  }

  private static ObjectRef helmReleaseSource(ObjectRef ref, Map<String, Object> obj) {
    Map<String, Object> chartRef = ObjectMaps.map(obj, "spec", "chartRef");
    if (!chartRef.isEmpty()) {
      return fromRef(ref, chartRef, "spec.chartRef");
    }
    String chart = ObjectMaps.string(obj, "status", "helmChart");
    if (chart == null || !chart.contains("/")) {
      throw new ClusterException(
          ref + " has no HelmChart yet (status.helmChart is empty), cannot reconcile its source");
    }
    int slash = chart.indexOf('/');
    return new ObjectRef(
        FluxKind.HELM_CHART, chart.substring(0, slash), chart.substring(slash + 1));
  }

  private static ObjectRef fromRef(ObjectRef owner, Map<String, Object> sourceRef, String field) {
    String kindName = ObjectMaps.stringOrEmpty(sourceRef, "kind");
    String name = ObjectMaps.string(sourceRef, "name");
    Optional<FluxKind> kind =
        FluxKind.of("source.toolkit.fluxcd.io", kindName).filter(SourceRefs::isSourceKind);
    if (kind.isEmpty() || name == null) {
      throw new ClusterException(
          owner
              + ": cannot reconcile source "
              + field
              + " kind '"
              + kindName
              + "', expected GitRepository, OCIRepository, Bucket or HelmChart");
    }
    String ns = ObjectMaps.string(sourceRef, "namespace");
    return new ObjectRef(kind.get(), ns == null || ns.isEmpty() ? owner.namespace() : ns, name);
  }

  private static boolean isSourceKind(FluxKind k) {
    return k == FluxKind.GIT_REPOSITORY
        || k == FluxKind.OCI_REPOSITORY
        || k == FluxKind.BUCKET
        || k == FluxKind.HELM_CHART;
  }
}

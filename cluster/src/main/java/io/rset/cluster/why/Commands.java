package io.rset.cluster.why;

import io.rset.cluster.FluxKind;

/** The controller behind each kind and the commands a fix suggests for an object. */
final class Commands {
  private Commands() {}

  /** The Flux component that reconciles ref's kind. */
  static String controller(ObjectRef ref) {
    FluxKind k = ref.fluxKind().orElse(null);
    if (k == null) {
      return "its controller";
    }
    return switch (k) {
      case HELM_RELEASE -> "helm-controller";
      case KUSTOMIZATION -> "kustomize-controller";
      case RESOURCE_SET, RESOURCE_SET_INPUT_PROVIDER, FLUX_INSTANCE -> "flux-operator";
      default -> "source-controller";
    };
  }

  /** The command that requests a reconcile of ref now. */
  static String reconcile(ObjectRef ref) {
    FluxKind k = ref.fluxKind().orElse(null);
    String target = ref.name() + " -n " + ref.namespace();
    if (k == null) {
      return describe(ref);
    }
    return switch (k) {
      case HELM_RELEASE -> "rset reconcile hr " + target;
      case KUSTOMIZATION -> "rset reconcile ks " + target;
      case RESOURCE_SET -> "rset reconcile rset " + target;
      case RESOURCE_SET_INPUT_PROVIDER -> "flux-operator reconcile inputprovider " + target;
      case HELM_REPOSITORY -> "flux reconcile source helm " + target;
      case HELM_CHART -> "flux reconcile source chart " + target;
      case GIT_REPOSITORY -> "flux reconcile source git " + target;
      case OCI_REPOSITORY -> "flux reconcile source oci " + target;
      case BUCKET -> "flux reconcile source bucket " + target;
      case FLUX_INSTANCE -> "flux-operator reconcile instance " + target;
    };
  }

  /** How to resume a suspended ref. */
  static String resume(ObjectRef ref) {
    FluxKind k = ref.fluxKind().orElse(null);
    String target = ref.name() + " -n " + ref.namespace();
    if (k == FluxKind.RESOURCE_SET) {
      return "run `rset resume rset " + target + "`";
    }
    if (k == FluxKind.RESOURCE_SET_INPUT_PROVIDER) {
      return "remove the annotation fluxcd.controlplane.io/reconcile: disabled (or run"
          + " `flux-operator resume inputprovider "
          + target
          + "`)";
    }
    String flux =
        k == null
            ? null
            : switch (k) {
              case HELM_RELEASE -> "flux resume helmrelease ";
              case KUSTOMIZATION -> "flux resume kustomization ";
              case HELM_REPOSITORY -> "flux resume source helm ";
              case HELM_CHART -> "flux resume source chart ";
              case GIT_REPOSITORY -> "flux resume source git ";
              case OCI_REPOSITORY -> "flux resume source oci ";
              case BUCKET -> "flux resume source bucket ";
              default -> null;
            };
    return "remove `suspend: true` from its spec"
        + (flux == null ? "" : " (or run `" + flux + target + "`)");
  }

  /** kubectl's resource name for ref's kind, for {@code kubectl describe}. */
  static String describe(ObjectRef ref) {
    String ns = ref.namespace().isEmpty() ? "" : " -n " + ref.namespace();
    return "kubectl describe "
        + ref.kind().toLowerCase(java.util.Locale.ROOT)
        + " "
        + ref.name()
        + ns;
  }
}

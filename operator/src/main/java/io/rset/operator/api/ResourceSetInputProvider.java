package io.rset.operator.api;

import io.fabric8.kubernetes.api.model.Namespaced;
import io.fabric8.kubernetes.client.CustomResource;
import io.fabric8.kubernetes.model.annotation.Group;
import io.fabric8.kubernetes.model.annotation.Kind;
import io.fabric8.kubernetes.model.annotation.Plural;
import io.fabric8.kubernetes.model.annotation.ShortNames;
import io.fabric8.kubernetes.model.annotation.Singular;
import io.fabric8.kubernetes.model.annotation.Version;
import java.util.List;
import java.util.Map;

/**
 * The {@code fluxcd.controlplane.io/v1} ResourceSetInputProvider custom resource. The spec is kept
 * free-form and turned into core's model by {@link Manifests#toModel(ResourceSetInputProvider)}.
 */
@Group(ResourceSet.GROUP)
@Version(ResourceSet.VERSION)
@Kind("ResourceSetInputProvider")
@Plural("resourcesetinputproviders")
@Singular("resourcesetinputprovider")
@ShortNames("rsip")
public class ResourceSetInputProvider
    extends CustomResource<ResourceSetInputProvider.Spec, ResourceSetInputProvider.Status>
    implements Namespaced {
  private static final long serialVersionUID = 1L;

  public static final String KIND = "ResourceSetInputProvider";

  @Override
  protected Spec initSpec() {
    return new Spec();
  }

  @Override
  protected Status initStatus() {
    return new Status();
  }

  /** {@code .spec} as plain values (spec §1.4). */
  public static class Spec extends FreeFormObject {
    private static final long serialVersionUID = 1L;

    public Spec() {}

    public Spec(Map<String, ?> values) {
      super(values);
    }

    /** {@code type}, or null. */
    public String type() {
      return string("type");
    }
  }

  /** {@code .status} as plain values (spec §1.5). */
  public static class Status extends FreeFormObject {
    private static final long serialVersionUID = 1L;

    public Status() {}

    public Status(Map<String, ?> values) {
      super(values);
    }

    /** {@code conditions}, empty when absent. */
    public List<Map<String, Object>> conditions() {
      return objects("conditions");
    }

    /** {@code exportedInputs}, or null when absent. */
    public List<Map<String, Object>> exportedInputs() {
      return get("exportedInputs") instanceof List<?> ? objects("exportedInputs") : null;
    }

    /** {@code lastExportedRevision}, or null. */
    public String lastExportedRevision() {
      return string("lastExportedRevision");
    }
  }
}

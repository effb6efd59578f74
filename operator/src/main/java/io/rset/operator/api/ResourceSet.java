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
 * The {@code fluxcd.controlplane.io/v1} ResourceSet custom resource. The spec is kept free-form and
 * turned into core's model by {@link Manifests#toModel(ResourceSet)} with the reader the CLI uses.
 */
@Group(ResourceSet.GROUP)
@Version(ResourceSet.VERSION)
@Kind("ResourceSet")
@Plural("resourcesets")
@Singular("resourceset")
@ShortNames("rset")
public class ResourceSet extends CustomResource<ResourceSet.Spec, ResourceSet.Status>
    implements Namespaced {
  private static final long serialVersionUID = 1L;

  public static final String GROUP = "fluxcd.controlplane.io";
  public static final String VERSION = "v1";
  public static final String API_VERSION = GROUP + "/" + VERSION;
  public static final String KIND = "ResourceSet";

  @Override
  protected Spec initSpec() {
    return new Spec();
  }

  @Override
  protected Status initStatus() {
    return new Status();
  }

  /** {@code .spec} as plain values (spec §1.2). */
  public static class Spec extends FreeFormObject {
    private static final long serialVersionUID = 1L;

    public Spec() {}

    public Spec(Map<String, ?> values) {
      super(values);
    }
  }

  /** {@code .status} as plain values (spec §1.3), with typed reads of the common fields. */
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

    /** The condition of this type, or null. */
    public Map<String, Object> condition(String type) {
      return conditions().stream().filter(c -> type.equals(c.get("type"))).findFirst().orElse(null);
    }

    /** {@code inventory.entries}, empty when absent. */
    public List<Map<String, Object>> inventoryEntries() {
      Map<String, Object> inv = object("inventory");
      return inv == null ? List.of() : new FreeFormObject(inv).objects("entries");
    }

    /** {@code lastAppliedRevision}, or null. */
    public String lastAppliedRevision() {
      return string("lastAppliedRevision");
    }

    /** {@code lastHandledReconcileAt}, or null. */
    public String lastHandledReconcileAt() {
      return string("lastHandledReconcileAt");
    }
  }
}

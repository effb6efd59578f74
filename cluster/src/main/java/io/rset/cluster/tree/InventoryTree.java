package io.rset.cluster.tree;

import io.fabric8.kubernetes.client.dsl.base.ResourceDefinitionContext;
import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ClusterObjects;
import io.rset.cluster.access.ObjectMaps;
import io.rset.cluster.access.ObjectRef;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the §6.4 tree of a ResourceSet from the cluster: its inventory entries in order, where a
 * Flux Kustomization is expanded with its own inventory (recursively; nested ResourceSets and
 * FluxInstances in it too), and a HelmRelease with the objects of its release ({@code
 * status.inventory} from Flux 2.8, else Helm's release storage). A ResourceSet directly inside a
 * ResourceSet is not expanded; an object already on the path from the root is not expanded again (a
 * Kustomization listing itself, or any longer cycle).
 */
public final class InventoryTree {
  private final ClusterObjects objects;

  public InventoryTree(ClusterObjects objects) {
    this.objects = objects;
  }

  /** The tree of the ResourceSet ref; {@code failed to get <ref>: <api error>} when unreadable. */
  public TreeNode of(ObjectRef ref) {
    Optional<Map<String, Object>> root;
    try {
      root = objects.get(ref.kind().context(), ref.namespace(), ref.name());
    } catch (ClusterException e) {
      throw new ClusterException("failed to get " + ref + ": " + e.getMessage(), e);
    }
    Map<String, Object> obj =
        root.orElseThrow(
            () -> new ClusterException("failed to get " + ref + ": " + ref.notFoundError()));
    InventoryEntry self =
        new InventoryEntry(
            ref.namespace(),
            ref.name(),
            ref.kind().group(),
            ref.kind().kind(),
            ref.kind().version());
    Set<String> path = new HashSet<>();
    path.add(key(self));
    return new TreeNode(self.display(), children(inventory(obj), ref.kind(), path));
  }

  private List<TreeNode> children(List<InventoryEntry> entries, FluxKind parent, Set<String> path) {
    List<TreeNode> out = new ArrayList<>();
    for (InventoryEntry e : entries) {
      out.add(node(e, parent, path));
    }
    return out;
  }

  private TreeNode node(InventoryEntry e, FluxKind parent, Set<String> path) {
    Optional<FluxKind> kind = FluxKind.of(e.group(), e.kind()).filter(k -> expands(k, parent));
    if (kind.isEmpty() || path.contains(key(e))) {
      return TreeNode.leaf(e.display());
    }
    Optional<Map<String, Object>> obj = fetch(kind.get(), e);
    if (obj.isEmpty()) {
      return TreeNode.leaf(e.display());
    }
    List<InventoryEntry> entries =
        kind.get() == FluxKind.HELM_RELEASE ? helmObjects(obj.get()) : inventory(obj.get());
    path.add(key(e));
    try {
      return new TreeNode(e.display(), children(entries, kind.get(), path));
    } finally {
      path.remove(key(e));
    }
  }

  /** Whether an entry of kind under parent is expanded (§6.4). */
  private static boolean expands(FluxKind kind, FluxKind parent) {
    return switch (kind) {
      case KUSTOMIZATION, HELM_RELEASE -> true;
      case RESOURCE_SET, FLUX_INSTANCE -> parent == FluxKind.KUSTOMIZATION;
      default -> false;
    };
  }

  private Optional<Map<String, Object>> fetch(FluxKind kind, InventoryEntry e) {
    ResourceDefinitionContext type =
        new ResourceDefinitionContext.Builder()
            .withGroup(kind.group())
            .withVersion(e.version().isEmpty() ? kind.version() : e.version())
            .withKind(kind.kind())
            .withPlural(kind.plural())
            .withNamespaced(true)
            .build();
    try {
      return objects.get(type, e.namespace(), e.name());
    } catch (ClusterException ex) {
      throw new ClusterException("failed to get " + e.display() + ": " + ex.getMessage(), ex);
    }
  }

  private List<InventoryEntry> helmObjects(Map<String, Object> hr) {
    if (ObjectMaps.get(hr, "status", "inventory") != null) {
      return inventory(hr);
    }
    try {
      return HelmStorage.objects(objects, hr).orElse(List.of());
    } catch (ClusterException e) {
      // Helm's storage is often not readable by the user (Secrets); show the release alone.
      return List.of();
    }
  }

  /** The entries of {@code status.inventory.entries} that parse, in order. */
  static List<InventoryEntry> inventory(Map<String, Object> obj) {
    List<InventoryEntry> out = new ArrayList<>();
    for (Map<String, Object> entry :
        ObjectMaps.maps(ObjectMaps.list(obj, "status", "inventory", "entries"))) {
      String id = ObjectMaps.string(entry, "id");
      if (id != null) {
        InventoryEntry.parse(id, ObjectMaps.string(entry, "v")).ifPresent(out::add);
      }
    }
    return out;
  }

  private static String key(InventoryEntry e) {
    return e.group() + "/" + e.kind() + "/" + e.namespace() + "/" + e.name();
  }
}

package io.rset.cluster.tree;

import java.util.Optional;

/**
 * One inventory entry ({@code status.inventory.entries[]}: {@code id =
 * <namespace>_<name>_<group>_<kind>}, {@code v = <version>}), as the Flux inventory encodes it.
 */
public record InventoryEntry(
    String namespace, String name, String group, String kind, String version) {

  /**
   * Parses an id: split at the first {@code _} (namespace) and the last two (group, kind); every
   * {@code __} in the name is a {@code :} (RBAC names). Empty when the id has fewer than three
   * separators.
   */
  public static Optional<InventoryEntry> parse(String id, String version) {
    int first = id.indexOf('_');
    int last = id.lastIndexOf('_');
    int secondLast = last <= 0 ? -1 : id.lastIndexOf('_', last - 1);
    if (first < 0 || secondLast <= first) {
      return Optional.empty();
    }
    return Optional.of(
        new InventoryEntry(
            id.substring(0, first),
            id.substring(first + 1, secondLast).replace("__", ":"),
            id.substring(secondLast + 1, last),
            id.substring(last + 1),
            version == null ? "" : version));
  }

  /** {@code Kind/ns/name}, or {@code Kind/name} for a cluster-scoped object. */
  public String display() {
    return namespace.isEmpty() ? kind + "/" + name : kind + "/" + namespace + "/" + name;
  }
}

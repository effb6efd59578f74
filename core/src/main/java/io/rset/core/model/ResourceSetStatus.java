package io.rset.core.model;

import java.util.List;
import java.util.Map;

/**
 * A ResourceSet's status as read from a manifest (spec §1.3); fields are raw values, lists never
 * null.
 */
public record ResourceSetStatus(
    List<Map<String, Object>> conditions,
    List<Map<String, Object>> inventoryEntries,
    String lastAppliedRevision,
    String lastHandledReconcileAt,
    List<String> externalChecksumRefs,
    List<Map<String, Object>> history) {
  public ResourceSetStatus {
    conditions = conditions == null ? List.of() : List.copyOf(conditions);
    inventoryEntries = inventoryEntries == null ? List.of() : List.copyOf(inventoryEntries);
    externalChecksumRefs =
        externalChecksumRefs == null ? List.of() : List.copyOf(externalChecksumRefs);
    history = history == null ? List.of() : List.copyOf(history);
  }
}

package io.rset.operator.resourceset;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moves the field ownership of other managers to one owner (spec §4.4.3, the managedFields part of
 * the metadata cleanup), as Flux's server-side apply library does: the {@code
 * metadata.managedFields} entries of a matching manager (on the main resource, not a subresource)
 * are removed and their {@code fieldsV1} merged into the owner's {@code Apply} entry; that entry
 * goes last. When the owner has no {@code Apply} entry yet, the first matching entry becomes it
 * (renamed, operation {@code Apply}, its other fields kept). Other entries, the owner's {@code
 * Update} entries included, keep their order.
 */
final class ManagedFieldsTransfer {
  static final String APPLY = "Apply";
  static final String UPDATE = "Update";

  /** A manager whose fields are taken over: its name (exact or prefix) and operation. */
  record Manager(String name, String operation, boolean exact) {
    /** The entry belongs to this manager and to the main resource. */
    boolean matches(Map<String, Object> entry) {
      String manager = string(entry.get("manager"));
      if (!operation.equals(string(entry.get("operation")))
          || !string(entry.get("subresource")).isEmpty()) {
        return false;
      }
      return exact ? manager.equals(name) : manager.startsWith(name);
    }
  }

  /** The managers Flux always takes over from, before the {@code --override-manager} names. */
  static final List<Manager> FLUX_MANAGERS =
      List.of(
          new Manager("kustomize-controller", APPLY, true),
          new Manager("helm", UPDATE, true),
          new Manager("kubectl", UPDATE, false),
          new Manager("before-first-apply", UPDATE, false),
          new Manager("kubectl", APPLY, false));

  private final List<Manager> managers;
  private final String owner;

  ManagedFieldsTransfer(List<Manager> managers, String owner) {
    this.managers = List.copyOf(managers);
    this.owner = owner;
  }

  /** Flux's managers plus each override name (exact, Apply and Update) to {@code owner}. */
  static ManagedFieldsTransfer of(List<String> overrideManagers, String owner) {
    List<Manager> all = new ArrayList<>(FLUX_MANAGERS);
    for (String name : overrideManagers) {
      all.add(new Manager(name, APPLY, true));
      all.add(new Manager(name, UPDATE, true));
    }
    return new ManagedFieldsTransfer(all, owner);
  }

  /**
   * The new managedFields list, or empty when no entry matched (then nothing is to be patched).
   *
   * @param entries the object's {@code metadata.managedFields}; not modified
   */
  Optional<List<Map<String, Object>>> transfer(List<Map<String, Object>> entries) {
    int ownerIndex = -1;
    for (int i = 0; i < entries.size(); i++) {
      Map<String, Object> e = entries.get(i);
      if (owner.equals(string(e.get("manager"))) && APPLY.equals(string(e.get("operation")))) {
        ownerIndex = i;
      }
    }
    Map<String, Object> ownerEntry =
        ownerIndex < 0 ? null : new LinkedHashMap<>(entries.get(ownerIndex));
    List<Map<String, Object>> kept = new ArrayList<>(entries.size());
    boolean edited = false;
    for (int i = 0; i < entries.size(); i++) {
      Map<String, Object> e = entries.get(i);
      if (i == ownerIndex) {
        continue;
      }
      if (managers.stream().noneMatch(m -> m.matches(e))) {
        kept.add(e);
        continue;
      }
      edited = true;
      if (ownerEntry == null) {
        ownerEntry = new LinkedHashMap<>(e);
        ownerEntry.put("manager", owner);
        ownerEntry.put("operation", APPLY);
      } else {
        Object merged = mergeFields(ownerEntry.get("fieldsV1"), e.get("fieldsV1"));
        if (merged != null) {
          ownerEntry.put("fieldsV1", merged);
        }
      }
    }
    if (!edited) {
      return Optional.empty();
    }
    kept.add(ownerEntry);
    return Optional.of(kept);
  }

  /** The union of two field sets; null stands for an absent set. */
  static Object mergeFields(Object a, Object b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (a instanceof Map<?, ?> ma && b instanceof Map<?, ?> mb) {
      return union(ma, mb);
    }
    return a;
  }

  /**
   * Deep union of two field-set tries ({@code {"f:data":{"f:a":{}}}}): keys of {@code a} in order,
   * then the new keys of {@code b}; a key in both holds the union of its two sub-tries.
   */
  static Map<String, Object> union(Map<?, ?> a, Map<?, ?> b) {
    Map<String, Object> out = new LinkedHashMap<>();
    a.forEach((k, v) -> out.put(String.valueOf(k), copy(v)));
    b.forEach(
        (k, v) -> {
          String key = String.valueOf(k);
          Object mine = out.get(key);
          out.put(key, mine == null ? copy(v) : mergeFields(mine, v));
        });
    return out;
  }

  private static Object copy(Object v) {
    return v instanceof Map<?, ?> m ? union(m, Map.of()) : v;
  }

  private static String string(Object o) {
    return o == null ? "" : o.toString();
  }
}

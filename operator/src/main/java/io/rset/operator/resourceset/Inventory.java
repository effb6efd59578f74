package io.rset.operator.resourceset;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code status.inventory} (spec §4.8): the objects last applied, as {@code {id, v}} entries. Keeps
 * insertion order; {@link #sortedUnion} gives the after-failure form.
 */
final class Inventory {
  private final Map<String, ObjectRef> entries = new LinkedHashMap<>();

  Inventory() {}

  /** Reads {@code inventory.entries}; malformed ids are skipped. */
  static Inventory read(List<Map<String, Object>> entries) {
    Inventory inv = new Inventory();
    for (Map<String, Object> e : entries) {
      Object id = e.get("id");
      Object v = e.get("v");
      if (id instanceof String s) {
        ObjectRef ref = ObjectRef.parseId(s, v == null ? "" : String.valueOf(v));
        if (ref != null) {
          inv.add(ref);
        }
      }
    }
    return inv;
  }

  /** Adds or replaces (same id: later version wins, position kept). */
  void add(ObjectRef ref) {
    entries.put(ref.id(), ref);
  }

  boolean contains(ObjectRef ref) {
    return entries.containsKey(ref.id());
  }

  List<ObjectRef> refs() {
    return new ArrayList<>(entries.values());
  }

  boolean isEmpty() {
    return entries.isEmpty();
  }

  int size() {
    return entries.size();
  }

  /** The entries of this inventory missing from {@code next}, in this inventory's order. */
  List<ObjectRef> staleComparedTo(Inventory next) {
    List<ObjectRef> out = new ArrayList<>();
    for (ObjectRef r : entries.values()) {
      if (!next.contains(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /** The union of both, sorted by id; for equal ids {@code later}'s version wins. */
  static Inventory sortedUnion(Inventory earlier, Inventory later) {
    Map<String, ObjectRef> all = new LinkedHashMap<>(earlier.entries);
    all.putAll(later.entries);
    Inventory out = new Inventory();
    all.values().stream().sorted(Comparator.comparing(ObjectRef::id)).forEach(out::add);
    return out;
  }

  /** The status form: {@code {entries: [{id, v}, …]}}. */
  Map<String, Object> toStatus() {
    List<Object> list = new ArrayList<>();
    for (ObjectRef r : entries.values()) {
      Map<String, Object> e = new LinkedHashMap<>();
      e.put("id", r.id());
      e.put("v", r.version());
      list.add(e);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("entries", list);
    return out;
  }
}

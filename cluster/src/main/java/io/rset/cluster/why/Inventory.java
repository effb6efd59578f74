package io.rset.cluster.why;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code status.inventory.entries} of a ResourceSet or Kustomization: ids {@code
 * <namespace>_<name>_<group>_<kind>} with {@code v} the version (spec §4.8; {@code __} in a name
 * stands for {@code :}).
 */
final class Inventory {
  private Inventory() {}

  /** The objects of the inventory, in its order; malformed ids are skipped. */
  static List<ObjectRef> entries(Map<String, Object> object) {
    List<ObjectRef> out = new ArrayList<>();
    for (Object e : Fields.list(object, "status", "inventory", "entries")) {
      ObjectRef ref = parse(Fields.string(e, "id"), Fields.string(e, "v"));
      if (ref != null) {
        out.add(ref);
      }
    }
    return out;
  }

  /** One inventory id, or null when it does not have the four parts. */
  static ObjectRef parse(String id, String version) {
    int first = id.indexOf('_');
    int last = id.lastIndexOf('_');
    if (first < 0 || last <= first) {
      return null;
    }
    int groupStart = id.lastIndexOf('_', last - 1);
    if (groupStart <= first) {
      return null;
    }
    String namespace = id.substring(0, first);
    String name = id.substring(first + 1, groupStart).replace("__", ":");
    String group = id.substring(groupStart + 1, last);
    String kind = id.substring(last + 1);
    if (name.isEmpty() || kind.isEmpty()) {
      return null;
    }
    String apiVersion =
        version.isEmpty() ? null : group.isEmpty() ? version : group + "/" + version;
    return new ObjectRef(apiVersion, kind, namespace, name);
  }
}

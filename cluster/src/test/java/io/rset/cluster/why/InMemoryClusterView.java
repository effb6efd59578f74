package io.rset.cluster.why;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link ClusterView} over a fixed list of objects; counts the reads it serves. */
final class InMemoryClusterView implements ClusterView {
  private final List<Map<String, Object>> objects;
  int reads;

  InMemoryClusterView(List<Map<String, Object>> objects) {
    this.objects = objects;
  }

  @Override
  public Optional<Map<String, Object>> get(ObjectRef ref) {
    reads++;
    return objects.stream()
        .filter(o -> matches(o, ref.apiVersion(), ref.kind()))
        .filter(o -> Fields.string(o, "metadata", "namespace").equals(ref.namespace()))
        .filter(o -> Fields.string(o, "metadata", "name").equals(ref.name()))
        .findFirst();
  }

  @Override
  public List<ObjectRef> list(String apiVersion, String kind, String namespace) {
    reads++;
    List<ObjectRef> out = new ArrayList<>();
    for (Map<String, Object> o : objects) {
      String ns = Fields.string(o, "metadata", "namespace");
      if (matches(o, apiVersion, kind) && (namespace.isEmpty() || namespace.equals(ns))) {
        out.add(new ObjectRef(apiVersion, kind, ns, Fields.string(o, "metadata", "name")));
      }
    }
    return out;
  }

  @Override
  public List<Map<String, Object>> events(ObjectRef ref) {
    reads++;
    return objects.stream().filter(o -> Fields.string(o, "kind").equals("Event")).toList();
  }

  private static boolean matches(Map<String, Object> o, String apiVersion, String kind) {
    if (!Fields.string(o, "kind").equals(kind)) {
      return false;
    }
    if (apiVersion == null) {
      return true;
    }
    return group(Fields.string(o, "apiVersion")).equals(group(apiVersion));
  }

  private static String group(String apiVersion) {
    int slash = apiVersion.indexOf('/');
    return slash < 0 ? "" : apiVersion.substring(0, slash);
  }
}

package io.rset.cluster.get;

import io.rset.cluster.ClusterException;
import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ClusterObjects;
import io.rset.cluster.access.ObjectMaps;
import io.rset.core.yaml.YamlWriter;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code get resourceset|inputprovider [name]} (§6.3). Lists the objects of a namespace (or all
 * namespaces), restricted to one name with a field selector, in API list order, and prints them as
 * the §6.3 table, or as YAML/JSON: the object itself when a name matched exactly one, else a
 * kubectl-style {@code List}. {@code metadata.managedFields} is left out, as kubectl does.
 */
public final class GetObjects {
  private final ClusterObjects objects;
  private final ZoneId zone;

  public GetObjects(ClusterObjects objects, ZoneId zone) {
    this.objects = objects;
    this.zone = zone;
  }

  /**
   * The output for kind (ResourceSet or ResourceSetInputProvider) in namespace (null: all
   * namespaces), optionally one name.
   */
  public String render(FluxKind kind, String namespace, String name, OutputFormat format) {
    List<Map<String, Object>> items = list(kind, namespace, name);
    return switch (format) {
      case TABLE -> table(kind, items, namespace == null).render();
      case YAML -> YamlWriter.toYaml(document(items, name));
      case JSON -> YamlWriter.toRawJson(document(items, name)) + "\n";
    };
  }

  private List<Map<String, Object>> list(FluxKind kind, String namespace, String name) {
    try {
      return objects.list(kind.context(), namespace, name);
    } catch (ClusterException e) {
      String where = namespace == null ? "all namespaces" : "namespace " + namespace;
      throw new ClusterException(
          "unable to list " + kind.kind() + " objects in " + where + ": " + e.getMessage(), e);
    }
  }

  private Table table(FluxKind kind, List<Map<String, Object>> items, boolean allNamespaces) {
    boolean rsip = kind == FluxKind.RESOURCE_SET_INPUT_PROVIDER;
    List<String> header = new ArrayList<>();
    if (allNamespaces) {
      header.add("Namespace");
    }
    header.add("Name");
    header.add(rsip ? "Inputs" : "Resources");
    header.addAll(List.of("Ready", "Message", "Last Reconciled"));
    if (rsip) {
      header.add("Next Schedule");
    }
    Table table = new Table(header);
    for (Map<String, Object> obj : items) {
      List<String> row = new ArrayList<>();
      if (allNamespaces) {
        row.add(ObjectMaps.stringOrEmpty(obj, "metadata", "namespace"));
      }
      row.add(ObjectMaps.stringOrEmpty(obj, "metadata", "name"));
      int count =
          rsip
              ? ObjectMaps.list(obj, "status", "exportedInputs").size()
              : ObjectMaps.list(obj, "status", "inventory", "entries").size();
      row.add(Integer.toString(count));
      row.add(StatusColumns.ready(obj));
      row.add(StatusColumns.message(obj));
      row.add(StatusColumns.lastReconciled(obj, zone));
      if (rsip) {
        row.add(StatusColumns.nextSchedule(obj, zone));
      }
      table.add(row);
    }
    return table;
  }

  private static Object document(List<Map<String, Object>> items, String name) {
    List<Object> cleaned = new ArrayList<>();
    items.forEach(i -> cleaned.add(withoutManagedFields(i)));
    if (name != null && cleaned.size() == 1) {
      return cleaned.get(0);
    }
    Map<String, Object> list = new LinkedHashMap<>();
    list.put("apiVersion", "v1");
    list.put("items", cleaned);
    list.put("kind", "List");
    list.put("metadata", new LinkedHashMap<>(Map.of("resourceVersion", "")));
    return list;
  }

  private static Map<String, Object> withoutManagedFields(Map<String, Object> obj) {
    Map<String, Object> copy = new LinkedHashMap<>(obj);
    Map<String, Object> metadata = new LinkedHashMap<>(ObjectMaps.map(obj, "metadata"));
    metadata.remove("managedFields");
    copy.put("metadata", metadata);
    return copy;
  }
}

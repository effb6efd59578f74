package io.rset.platform.kustomize;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/** kyaml's accessors for the identifying fields and metadata maps of a resource node. */
final class Resources {
  private Resources() {}

  static String kind(KNode obj) {
    KNode k = obj.field("kind");
    return k == null || !k.isScalar() ? "" : k.value;
  }

  static String apiVersion(KNode obj) {
    KNode k = obj.field("apiVersion");
    return k == null || !k.isScalar() ? "" : k.value;
  }

  /** ParseGroupVersion: "apps/v1" is {apps, v1}; "v1" is {"", v1}. */
  static String[] groupVersion(String apiVersion) {
    int i = apiVersion.indexOf('/');
    return i < 0
        ? new String[] {"", apiVersion}
        : new String[] {apiVersion.substring(0, i), apiVersion.substring(i + 1)};
  }

  /** The metadata mapping when present and not empty (kyaml's getMetaData), else null. */
  static KNode metadata(KNode obj) {
    KNode md = obj.field("metadata");
    return KNode.isNilOrEmpty(md) ? null : md;
  }

  private static String metaString(KNode obj, String field) {
    KNode md = metadata(obj);
    if (md == null || !md.isMap()) {
      return "";
    }
    KNode v = md.field(field);
    return KNode.isNilOrEmpty(v) ? "" : v.value;
  }

  static String name(KNode obj) {
    return metaString(obj, "name");
  }

  static String namespace(KNode obj) {
    return metaString(obj, "namespace");
  }

  /** GetAnnotations/GetLabels: the metadata map's raw values; empty when absent. */
  static Map<String, String> metaMap(KNode obj, String field) {
    Map<String, String> out = new LinkedHashMap<>();
    KNode md = metadata(obj);
    if (md == null || !md.isMap()) {
      return out;
    }
    KNode m = md.field(field);
    if (m != null && m.isMap()) {
      for (int i = 0; i + 1 < m.content.size(); i += 2) {
        out.put(m.content.get(i).value, m.content.get(i + 1).value);
      }
    }
    return out;
  }

  static Map<String, String> annotations(KNode obj) {
    return metaMap(obj, "annotations");
  }

  static Map<String, String> labels(KNode obj) {
    return metaMap(obj, "labels");
  }

  /**
   * setMapInMetadata (SetAnnotations/SetLabels): metadata is created if missing, the field cleared,
   * and unless the map is empty rewritten with sorted keys and string values.
   */
  static void setMetaMap(KNode obj, String field, Map<String, String> m) {
    KNode meta = obj.lookupCreate(KNode.Kind.MAP, "metadata");
    if (meta == null || !meta.isMap()) {
      return;
    }
    meta.clear(field);
    if (m.isEmpty()) {
      return;
    }
    KNode map = meta.lookupCreate(KNode.Kind.MAP, field);
    TreeMap<String, String> sorted = new TreeMap<>(GoStrings::compare);
    sorted.putAll(m);
    sorted.forEach((k, v) -> map.setField(k, KNode.string(v)));
  }

  static void setAnnotations(KNode obj, Map<String, String> m) {
    setMetaMap(obj, "annotations", m);
  }

  static void setLabels(KNode obj, Map<String, String> m) {
    setMetaMap(obj, "labels", m);
  }

  /** SetName: metadata/name set to an untagged scalar. */
  static void setName(KNode obj, String name) {
    KNode md = obj.lookupCreate(KNode.Kind.MAP, "metadata");
    if (md != null && md.isMap()) {
      md.setField("name", KNode.untagged(name));
    }
  }

  /** SetNamespace: cleared when empty, else set to an untagged scalar. */
  static void setNamespace(KNode obj, String ns) {
    KNode md = obj.field("metadata");
    if (ns.isEmpty()) {
      if (md != null && md.isMap()) {
        md.clear("namespace");
      }
      return;
    }
    KNode meta = obj.lookupCreate(KNode.Kind.MAP, "metadata");
    if (meta != null && meta.isMap()) {
      meta.setField("namespace", KNode.untagged(ns));
    }
  }

  static void setKind(KNode obj, String kind) {
    obj.setField("kind", KNode.untagged(kind));
  }

  static void setApiVersion(KNode obj, String apiVersion) {
    obj.setField("apiVersion", KNode.untagged(apiVersion));
  }
}

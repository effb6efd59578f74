package io.rset.platform.kustomize;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** kustomize's resWrangler: an ordered list of resources with unique current ids. */
final class ResMap {
  private List<Res> list = new ArrayList<>();

  /** A resource id conflict or lookup failure. */
  static final class ResMapException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Res res;

    ResMapException(String message, Res res) {
      super(message, null, false, false);
      this.res = res;
    }
  }

  List<Res> resources() {
    return new ArrayList<>(list);
  }

  int size() {
    return list.size();
  }

  void clear() {
    list = new ArrayList<>();
  }

  /** Append: refuses a resource whose current id is already present. */
  void append(Res r) {
    ResId id = r.curId();
    for (Res e : list) {
      if (e.curId().sameAs(id)) {
        throw new ResMapException("may not add resource with an already registered id: " + id, r);
      }
    }
    list.add(r);
  }

  void appendAll(List<Res> rs) {
    for (Res r : rs) {
      append(r);
    }
  }

  /** Replaces the resource with the same current id, in place. */
  int replace(Res r) {
    ResId id = r.curId();
    int found = -1;
    int count = 0;
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i).curId().sameAs(id)) {
        found = i;
        count++;
      }
    }
    if (count > 1) {
      throw new ResMapException("in Replace: id matched " + count + " resources", r);
    }
    if (found < 0) {
      throw new ResMapException("cannot find resource with id " + id + " to replace", r);
    }
    list.set(found, r);
    return found;
  }

  List<Res> matchingAnyId(ResId id) {
    List<Res> out = new ArrayList<>();
    for (Res r : list) {
      for (ResId x : r.allIds()) {
        if (id.sameAs(x)) {
          out.add(r);
          break;
        }
      }
    }
    return out;
  }

  List<Res> matchingCurrentId(ResId id) {
    List<Res> out = new ArrayList<>();
    for (Res r : list) {
      if (id.sameAs(r.curId())) {
        out.add(r);
      }
    }
    return out;
  }

  /** GetById: the one resource any of whose ids equals {@code id}. */
  Res getById(ResId id) {
    List<Res> m = matchingAnyId(id);
    if (m.size() == 1) {
      return m.get(0);
    }
    String why = m.isEmpty() ? "no matches for Id " + id : "multiple matches for Id " + id;
    throw new ResMapException(why + "; failed to find unique target for patch " + id, null);
  }

  /** AbsorbAll: adds generated resources, merging or replacing per their behavior. */
  void absorb(Res res, Generated gen) {
    ResId id = res.curId();
    List<Res> matches = matchingAnyId(id);
    String behavior = res.behavior();
    if (matches.isEmpty()) {
      if (behavior.equals("merge") || behavior.equals("replace")) {
        throw new ResMapException("id " + id + " does not exist; cannot merge or replace", res);
      }
      append(res);
      return;
    }
    if (matches.size() > 1) {
      throw new ResMapException(
          "found multiple objects " + matches + " that could accept merge of " + id, res);
    }
    Res old = matches.get(0);
    switch (behavior) {
      case "replace" -> {
        copyMergeMetaDataFieldsFrom(res.node, old.node);
        gen.replaced(old, res, false);
      }
      case "merge" -> {
        copyMergeMetaDataFieldsFrom(res.node, old.node);
        mergeDataMap(res.node, old.node, "data");
        mergeDataMap(res.node, old.node, "binaryData");
        gen.replaced(old, res, true);
      }
      default ->
          throw new ResMapException("id " + id + " exists; behavior must be merge or replace", res);
    }
    int index = list.indexOf(old);
    int i = replace(res);
    if (i != index) {
      throw new ResMapException("unexpected target index in replacement", res);
    }
  }

  /**
   * CopyMergeMetaDataFieldsFrom: labels merged (own win), annotations merged keeping the other's
   * build annotations, name and namespace taken from {@code other}.
   */
  static void copyMergeMetaDataFieldsFrom(KNode self, KNode other) {
    Map<String, String> labels = new LinkedHashMap<>(Resources.labels(other));
    labels.putAll(Resources.labels(self));
    Resources.setLabels(self, labels);
    Map<String, String> ra = Resources.annotations(self);
    boolean enableHash = ra.containsKey(Res.NEEDS_HASH);
    Map<String, String> oa = Resources.annotations(other);
    Map<String, String> merged = new LinkedHashMap<>(oa);
    merged.putAll(ra);
    for (String b : Res.BUILD_ANNOTATIONS) {
      if (oa.containsKey(b)) {
        merged.put(b, oa.get(b));
      } else {
        merged.remove(b);
      }
    }
    if (!enableHash) {
      merged.remove(Res.NEEDS_HASH);
    }
    Resources.setAnnotations(self, merged);
    Resources.setName(self, Resources.name(other));
    Resources.setNamespace(self, Resources.namespace(other));
  }

  /** MergeDataMapFrom / MergeBinaryDataMapFrom: own entries win, keys sorted. */
  private static void mergeDataMap(KNode self, KNode other, String field) {
    Map<String, String> m = dataMap(other, field);
    m.putAll(dataMap(self, field));
    self.clear(field);
    if (m.isEmpty()) {
      return;
    }
    java.util.TreeMap<String, String> sorted = new java.util.TreeMap<>(GoStrings::compare);
    sorted.putAll(m);
    KNode map = self.lookupCreate(KNode.Kind.MAP, field);
    sorted.forEach(
        (k, v) -> {
          KNode n = KNode.scalar(KNode.STR, v);
          if (v.indexOf('\n') >= 0) {
            n.style = KNode.LITERAL;
          }
          map.setField(k, n);
        });
  }

  private static Map<String, String> dataMap(KNode obj, String field) {
    Map<String, String> out = new LinkedHashMap<>();
    KNode m = obj.field(field);
    if (m != null && m.isMap()) {
      for (int i = 0; i + 1 < m.content.size(); i += 2) {
        out.put(m.content.get(i).value, m.content.get(i + 1).value);
      }
    }
    return out;
  }

  /** Select: resources matching a patch target. */
  List<Res> select(Selectors.Target target) {
    List<Res> out = new ArrayList<>();
    for (Res r : list) {
      if (target.matches(r)) {
        out.add(r);
      }
    }
    return out;
  }

  /** SubsetThatCouldBeReferencedByResource. */
  List<Res> couldBeReferencedBy(Res referrer) {
    ResId rid = referrer.curId();
    if (rid.isClusterScoped()) {
      return resources();
    }
    Set<String> roleBindingNamespaces = roleBindingNamespaces(referrer);
    List<Res> out = new ArrayList<>();
    for (Res t : list) {
      ResId id = t.curId();
      if (id.isClusterScoped()
          || id.isNsEquals(rid)
          || roleBindingNamespaces.contains(t.namespace())) {
        out.add(t);
      }
    }
    return out;
  }

  private static Set<String> roleBindingNamespaces(Res r) {
    Set<String> out = new HashSet<>();
    if (!r.kind().equals("RoleBinding")) {
      return out;
    }
    KNode subjects = r.node.field("subjects");
    if (subjects == null || !subjects.isSeq()) {
      return out;
    }
    for (KNode s : subjects.content) {
      if (!s.isMap()) {
        continue;
      }
      KNode ns = s.field("namespace");
      KNode kind = s.field("kind");
      if (ns != null && kind != null && "ServiceAccount".equals(kind.value)) {
        out.add(ns.value);
      }
    }
    return out;
  }
}

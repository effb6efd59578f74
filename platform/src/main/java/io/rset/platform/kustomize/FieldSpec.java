package io.rset.platform.kustomize;

import java.util.ArrayList;
import java.util.List;

/**
 * kustomize's FieldSpec: a path (segments separated by {@code /}, {@code \/} for a literal slash, a
 * {@code []} suffix marking a sequence) in objects of a group/version/kind (empty parts match
 * anything), and whether a missing field is created.
 */
record FieldSpec(String group, String version, String kind, String path, boolean create) {

  /** Whether this spec applies to an object (fieldspec's isMatchGVK). */
  boolean matches(KNode obj) {
    if (!kind.isEmpty() && !kind.equals(Resources.kind(obj))) {
      return false;
    }
    String[] gv = Resources.groupVersion(Resources.apiVersion(obj));
    if (!group.isEmpty() && !group.equals(gv[0])) {
      return false;
    }
    return version.isEmpty() || version.equals(gv[1]);
  }

  /** Whether this spec's gvk selects another's (Gvk.IsSelected with this as the candidate). */
  boolean gvkSelectedBy(FieldSpec selector) {
    return (selector.group.isEmpty() || group.equals(selector.group))
        && (selector.version.isEmpty() || version.equals(selector.version))
        && (selector.kind.isEmpty() || kind.equals(selector.kind));
  }

  /** kyaml's PathSplitter with "/". */
  List<String> segments() {
    String[] ps = path.split("/", -1);
    int start = ps.length > 1 && ps[0].isEmpty() ? 1 : 0;
    List<String> res = new ArrayList<>();
    res.add(ps[start]);
    for (int i = start + 1; i < ps.length; i++) {
      int last = res.size() - 1;
      if (res.get(last).endsWith("\\")) {
        String l = res.get(last);
        res.set(last, l.substring(0, l.length() - 1) + "/" + ps[i]);
      } else {
        res.add(ps[i]);
      }
    }
    return res;
  }

  /**
   * FsSlice.MergeAll: appends the specs not already present (same path, gvk selected); a present
   * spec with a different create flag is a conflict.
   */
  static List<FieldSpec> mergeAll(List<FieldSpec> into, List<FieldSpec> incoming) {
    List<FieldSpec> result = new ArrayList<>(into);
    for (FieldSpec x : incoming) {
      mergeOne(result, x);
    }
    return result;
  }

  static void mergeOne(List<FieldSpec> s, FieldSpec x) {
    for (FieldSpec e : s) {
      if (e.gvkSelectedBy(x) && e.path.equals(x.path)) {
        if (e.create != x.create) {
          throw new IllegalArgumentException("conflicting fieldspecs");
        }
        return;
      }
    }
    s.add(x);
  }
}

package io.rset.kubetesting;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The object algebra of the simplified server-side apply and of JSON merge patch, over plain
 * Jackson-decoded values (maps, lists, scalars). Pure functions; inputs are never modified unless a
 * method says so.
 */
final class ApplyMerge {
  private ApplyMerge() {}

  /**
   * The object after a field manager applies {@code applied}: {@code current} without the fields
   * the manager applied last time ({@code previous}) but no longer applies, then {@code applied}
   * deep-merged over it (maps merge key by key; lists and scalars replace).
   *
   * @param current the stored object, null when it does not exist yet
   * @param previous what this manager applied last time, null when never
   */
  static Map<String, Object> apply(
      Map<String, Object> current, Map<String, Object> previous, Map<String, Object> applied) {
    Map<String, Object> result = current == null ? new LinkedHashMap<>() : deepCopyMap(current);
    if (previous != null) {
      removeDropped(result, previous, applied);
    }
    deepMerge(result, applied);
    return result;
  }

  /**
   * Removes from {@code target} every field present in {@code previous} but absent in {@code now}.
   * Maps are walked down, so fields other writers added inside a dropped map survive (the map goes
   * only when it ends up empty).
   */
  @SuppressWarnings("unchecked")
  static void removeDropped(
      Map<String, Object> target, Map<String, Object> previous, Map<String, Object> now) {
    for (Map.Entry<String, Object> e : previous.entrySet()) {
      String k = e.getKey();
      boolean kept = now != null && now.containsKey(k);
      Object nowValue = kept ? now.get(k) : null;
      if (e.getValue() instanceof Map<?, ?> prevMap
          && target.get(k) instanceof Map<?, ?> targetMap) {
        if (kept && !(nowValue instanceof Map<?, ?>)) {
          continue; // replaced by a non-map value: the merge overwrites it
        }
        Map<String, Object> t = (Map<String, Object>) targetMap;
        removeDropped(
            t, (Map<String, Object>) prevMap, kept ? (Map<String, Object>) nowValue : Map.of());
        if (!kept && t.isEmpty()) {
          target.remove(k);
        }
      } else if (!kept) {
        target.remove(k);
      }
    }
  }

  /**
   * Merges {@code patch} into {@code target} in place: maps recursively, anything else replaces.
   */
  @SuppressWarnings("unchecked")
  static void deepMerge(Map<String, Object> target, Map<String, Object> patch) {
    for (Map.Entry<String, Object> e : patch.entrySet()) {
      Object pv = e.getValue();
      Object tv = target.get(e.getKey());
      if (pv instanceof Map<?, ?> pm && tv instanceof Map<?, ?> tm) {
        Map<String, Object> copy = deepCopyMap((Map<String, Object>) tm);
        deepMerge(copy, (Map<String, Object>) pm);
        target.put(e.getKey(), copy);
      } else {
        target.put(e.getKey(), deepCopy(pv));
      }
    }
  }

  /** RFC 7386 JSON merge patch: null deletes a key, maps merge, everything else replaces. */
  @SuppressWarnings("unchecked")
  static Object mergePatch(Object target, Object patch) {
    if (!(patch instanceof Map<?, ?> pm)) {
      return deepCopy(patch);
    }
    Map<String, Object> result =
        target instanceof Map<?, ?> tm
            ? deepCopyMap((Map<String, Object>) tm)
            : new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : ((Map<String, Object>) pm).entrySet()) {
      if (e.getValue() == null) {
        result.remove(e.getKey());
      } else {
        result.put(e.getKey(), mergePatch(result.get(e.getKey()), e.getValue()));
      }
    }
    return result;
  }

  /** Removes null values from maps recursively (the API server drops them). */
  @SuppressWarnings("unchecked")
  static void dropNulls(Object v) {
    if (v instanceof Map<?, ?> m) {
      Iterator<? extends Map.Entry<?, ?>> it = m.entrySet().iterator();
      while (it.hasNext()) {
        Map.Entry<?, ?> e = it.next();
        if (e.getValue() == null) {
          it.remove();
        } else {
          dropNulls(e.getValue());
        }
      }
    } else if (v instanceof List<?> l) {
      l.forEach(ApplyMerge::dropNulls);
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> deepCopyMap(Map<String, Object> m) {
    return (Map<String, Object>) deepCopy(m);
  }

  @SuppressWarnings("unchecked")
  static Object deepCopy(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<String, Object>) m).forEach((k, x) -> out.put(k, deepCopy(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(deepCopy(x)));
      return out;
    }
    return v;
  }

  /** The value at a dotted path ({@code spec.selector}), or null. */
  @SuppressWarnings("unchecked")
  static Object at(Map<String, Object> o, String dottedPath) {
    Object cur = o;
    for (String part : dottedPath.split("\\.")) {
      if (!(cur instanceof Map<?, ?> m)) {
        return null;
      }
      cur = ((Map<String, Object>) m).get(part);
    }
    return cur;
  }

  /** The map at {@code key}, created when absent. */
  @SuppressWarnings("unchecked")
  static Map<String, Object> child(Map<String, Object> o, String key) {
    Object v = o.get(key);
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    Map<String, Object> created = new LinkedHashMap<>();
    o.put(key, created);
    return created;
  }
}

package io.rset.platform.kustomize;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * RFC 6902 JSON patches with the semantics of gopkg.in/evanphx/json-patch.v4 (which kustomize
 * uses): negative array indexes count from the end, "replace" of a missing object key adds it, an
 * operation without "value" uses null, and a path's first segment is ignored as in its findObject.
 */
final class JsonPatch {
  private JsonPatch() {}

  /** A patch that cannot be decoded or applied; the message is json-patch's. */
  static final class PatchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    PatchException(String message) {
      super(message, null, false, false);
    }
  }

  /** One decoded operation: its fields (a value that is JSON null is stored as NULL). */
  record Operation(Map<String, Object> fields) {
    static final Object NULL = new Object();

    String kind() {
      Object op = fields.get("op");
      return op instanceof String s ? s : "unknown";
    }

    String string(String name, String missing) {
      Object v = fields.get(name);
      if (v == null || v == NULL) {
        throw new PatchException(missing);
      }
      if (!(v instanceof String s)) {
        throw new PatchException(
            "json: cannot unmarshal " + jsonType(v) + " into Go value of type string");
      }
      return s;
    }

    Object value() {
      Object v = fields.get("value");
      return v == NULL ? null : v;
    }
  }

  private static String jsonType(Object v) {
    if (v instanceof Map<?, ?>) {
      return "object";
    }
    if (v instanceof List<?>) {
      return "array";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    if (v instanceof Number) {
      return "number";
    }
    return "string";
  }

  /** DecodePatch: the patch must be an array of objects. */
  static List<Operation> decode(Object json) {
    if (!(json instanceof List<?> l)) {
      throw new PatchException(
          "json: cannot unmarshal " + jsonType(json) + " into Go value of type jsonpatch.Patch");
    }
    List<Operation> ops = new ArrayList<>();
    for (Object o : l) {
      if (o == null) {
        ops.add(new Operation(Map.of()));
        continue;
      }
      if (!(o instanceof Map<?, ?> m)) {
        throw new PatchException(
            "json: cannot unmarshal " + jsonType(o) + " into Go value of type jsonpatch.Operation");
      }
      Map<String, Object> f = new LinkedHashMap<>();
      m.forEach((k, v) -> f.put((String) k, v == null ? Operation.NULL : v));
      ops.add(new Operation(f));
    }
    return ops;
  }

  /** Applies the operations to a copy of {@code doc} and returns it. */
  static Object apply(List<Operation> ops, Object doc) {
    Object[] root = {deepCopy(doc)};
    for (Operation op : ops) {
      switch (op.kind()) {
        case "add" -> add(root, op);
        case "remove" -> remove(root, op);
        case "replace" -> replace(root, op);
        case "move" -> move(root, op);
        case "test" -> test(root, op);
        case "copy" -> copy(root, op);
        default -> throw new PatchException("Unexpected kind: " + op.kind());
      }
    }
    return root[0];
  }

  /** A container and the (decoded) key in it. */
  private record Loc(Object container, String key) {}

  private static String decodeKey(String k) {
    return k.replace("~1", "/").replace("~0", "~");
  }

  private static Loc find(Object[] root, String path) {
    String[] split = path.split("/", -1);
    if (split.length < 2) {
      return null;
    }
    Object doc = root[0];
    for (int i = 1; i < split.length - 1; i++) {
      Object next;
      try {
        next = get(doc, decodeKey(split[i]));
      } catch (PatchException e) {
        return null;
      }
      if (next == null || !(next instanceof Map<?, ?> || next instanceof List<?>)) {
        return null;
      }
      doc = next;
    }
    return new Loc(doc, decodeKey(split[split.length - 1]));
  }

  @SuppressWarnings("unchecked")
  private static Object get(Object con, String key) {
    if (con instanceof Map<?, ?> m) {
      return m.get(key);
    }
    List<Object> l = (List<Object>) con;
    int idx = atoi(key, null);
    if (idx < 0) {
      if (idx < -l.size()) {
        throw new PatchException(
            "Unable to access invalid index: " + idx + ": invalid index referenced");
      }
      idx += l.size();
    }
    if (idx >= l.size()) {
      throw new PatchException(
          "Unable to access invalid index: " + idx + ": invalid index referenced");
    }
    return l.get(idx);
  }

  private static boolean has(Object con, String key) {
    return con instanceof Map<?, ?> m && m.containsKey(key);
  }

  @SuppressWarnings("unchecked")
  private static void addTo(Object con, String key, Object val, String path) {
    if (con instanceof Map<?, ?> m) {
      ((Map<String, Object>) m).put(key, val);
      return;
    }
    List<Object> l = (List<Object>) con;
    if (key.equals("-")) {
      l.add(val);
      return;
    }
    int idx = atoi(key, "value was not a proper array index: '" + key + "'");
    int size = l.size() + 1;
    if (idx >= size) {
      throw new PatchException(
          "error in add for path: '" + path + "': Unable to access invalid index: " + idx);
    }
    if (idx < 0) {
      if (idx < -size) {
        throw new PatchException(
            "error in add for path: '" + path + "': Unable to access invalid index: " + idx);
      }
      idx += size;
    }
    l.add(idx, val);
  }

  @SuppressWarnings("unchecked")
  private static void removeFrom(Object con, String key, String path) {
    if (con instanceof Map<?, ?> m) {
      if (!m.containsKey(key)) {
        throw new PatchException(
            "error in remove for path: '"
                + path
                + "': Unable to remove nonexistent key: "
                + key
                + ": missing value");
      }
      m.remove(key);
      return;
    }
    List<Object> l = (List<Object>) con;
    int idx = atoi(key, null);
    if (idx >= l.size()) {
      throw new PatchException(
          "error in remove for path: '" + path + "': Unable to access invalid index: " + idx);
    }
    if (idx < 0) {
      if (idx < -l.size()) {
        throw new PatchException(
            "error in remove for path: '" + path + "': Unable to access invalid index: " + idx);
      }
      idx += l.size();
    }
    l.remove(idx);
  }

  @SuppressWarnings("unchecked")
  private static void set(Object con, String key, Object val) {
    if (con instanceof Map<?, ?> m) {
      ((Map<String, Object>) m).put(key, val);
      return;
    }
    List<Object> l = (List<Object>) con;
    int idx = atoi(key, null);
    if (idx < 0) {
      idx += l.size();
    }
    l.set(idx, val);
  }

  private static int atoi(String key, String message) {
    GoStrconvInt r = GoStrconvInt.parse(key);
    if (!r.ok) {
      throw new PatchException(
          message != null ? message : "strconv.Atoi: parsing \"" + key + "\": invalid syntax");
    }
    return r.value;
  }

  /** strconv.Atoi for array indexes (values outside int range are errors). */
  private record GoStrconvInt(boolean ok, int value) {
    static GoStrconvInt parse(String s) {
      var r = io.rset.gotemplate.fmt.GoStrconv.atoi(s);
      if (r.error() != null || r.value() > Integer.MAX_VALUE || r.value() < Integer.MIN_VALUE) {
        return new GoStrconvInt(false, 0);
      }
      return new GoStrconvInt(true, (int) r.value());
    }
  }

  private static void add(Object[] root, Operation op) {
    String path = op.string("path", "add operation failed to decode path");
    Loc loc = find(root, path);
    if (loc == null) {
      throw new PatchException(
          "add operation does not apply: doc is missing path: \"" + path + "\": missing value");
    }
    addTo(loc.container(), loc.key(), deepCopy(op.value()), path);
  }

  private static void remove(Object[] root, Operation op) {
    String path = op.string("path", "remove operation failed to decode path");
    Loc loc = find(root, path);
    if (loc == null) {
      throw new PatchException(
          "remove operation does not apply: doc is missing path: \"" + path + "\": missing value");
    }
    removeFrom(loc.container(), loc.key(), path);
  }

  private static void replace(Object[] root, Operation op) {
    String path = op.string("path", "replace operation failed to decode path");
    if (path.isEmpty()) {
      Object v = op.value();
      if (!(v instanceof Map<?, ?> || v instanceof List<?>)) {
        throw new PatchException("replace operation value must be object or array");
      }
      root[0] = deepCopy(v);
      return;
    }
    Loc loc = find(root, path);
    if (loc == null) {
      throw new PatchException(
          "replace operation does not apply: doc is missing path: " + path + ": missing value");
    }
    try {
      get(loc.container(), loc.key());
    } catch (PatchException e) {
      throw new PatchException(
          "replace operation does not apply: doc is missing key: " + path + ": missing value");
    }
    set(loc.container(), loc.key(), deepCopy(op.value()));
  }

  private static void move(Object[] root, Operation op) {
    String from = op.string("from", "operation, missing from field: missing value");
    Loc loc = find(root, from);
    if (loc == null) {
      throw new PatchException(
          "move operation does not apply: doc is missing from path: " + from + ": missing value");
    }
    Object val = get(loc.container(), loc.key());
    removeFrom(loc.container(), loc.key(), loc.key());
    String path = op.string("path", "operation missing path field: missing value");
    Loc to = find(root, path);
    if (to == null) {
      throw new PatchException(
          "move operation does not apply: doc is missing destination path: "
              + path
              + ": missing value");
    }
    addTo(to.container(), to.key(), val, path);
  }

  private static void copy(Object[] root, Operation op) {
    String from = op.string("from", "operation, missing from field: missing value");
    Loc loc = find(root, from);
    if (loc == null) {
      throw new PatchException(
          "copy operation does not apply: doc is missing from path: " + from + ": missing value");
    }
    Object val = get(loc.container(), loc.key());
    String path = op.string("path", "copy operation failed to decode path");
    Loc to = find(root, path);
    if (to == null) {
      throw new PatchException(
          "copy operation does not apply: doc is missing destination path: "
              + path
              + ": missing value");
    }
    addTo(to.container(), to.key(), deepCopy(val), path);
  }

  private static void test(Object[] root, Operation op) {
    String path = op.string("path", "test operation failed to decode path");
    if (path.isEmpty()) {
      if (jsonEquals(root[0], op.value())) {
        return;
      }
      throw new PatchException("testing value " + path + " failed: test failed");
    }
    Loc loc = find(root, path);
    if (loc == null) {
      throw new PatchException(
          "test operation does not apply: is missing path: " + path + ": missing value");
    }
    Object val = get(loc.container(), loc.key());
    boolean present = val != null || has(loc.container(), loc.key());
    if (!present || val == null) {
      if (op.value() == null) {
        return;
      }
      throw new PatchException("testing value " + path + " failed: test failed");
    }
    if (jsonEquals(val, op.value())) {
      return;
    }
    throw new PatchException("testing value " + path + " failed: test failed");
  }

  static boolean jsonEquals(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      return x.doubleValue() == y.doubleValue();
    }
    if (a instanceof Map<?, ?> x && b instanceof Map<?, ?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (Map.Entry<?, ?> e : x.entrySet()) {
        if (!y.containsKey(e.getKey()) || !jsonEquals(e.getValue(), y.get(e.getKey()))) {
          return false;
        }
      }
      return true;
    }
    if (a instanceof List<?> x && b instanceof List<?> y) {
      if (x.size() != y.size()) {
        return false;
      }
      for (int i = 0; i < x.size(); i++) {
        if (!jsonEquals(x.get(i), y.get(i))) {
          return false;
        }
      }
      return true;
    }
    return Objects.equals(a, b);
  }

  @SuppressWarnings("unchecked")
  static Object deepCopy(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put((String) k, deepCopy(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>();
      for (Object x : l) {
        out.add(deepCopy(x));
      }
      return out;
    }
    return v;
  }
}

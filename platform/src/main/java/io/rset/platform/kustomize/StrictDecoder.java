package io.rset.platform.kustomize;

import io.rset.core.yaml.Position;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Decodes a YAML tree (read like sigs.k8s.io/yaml: YAML 1.1 scalars, then JSON) into Go-shaped
 * values the way kustomize reads a kustomization: encoding/json with DisallowUnknownFields. Keys
 * are taken in sorted order (the JSON sigs.k8s.io/yaml produces) and matched to fields exactly or
 * case-insensitively; a later match replaces an earlier one (maps and structs merge). Type mismatch
 * and unknown fields are errors naming the field path and its position.
 */
final class StrictDecoder {
  /** A Go type of the kustomization schema. */
  sealed interface GoType permits Str, Bool, StrList, StrMap, BoolMap, Struct, StructList {}

  record Str() implements GoType {}

  record Bool() implements GoType {}

  record StrList() implements GoType {}

  record StrMap() implements GoType {}

  record BoolMap() implements GoType {}

  /**
   * A struct: its fields in declaration order; {@code unsupported} names fields kustomize knows but
   * this subset does not implement.
   */
  record Struct(String goName, Map<String, GoType> fields, List<String> unsupported)
      implements GoType {}

  record StructList(Struct element) implements GoType {}

  /** A decoded string and where it was written. */
  record Text(String value, Position pos) {}

  /** A decoded struct: fields by their JSON name (absent when JSON null or not written). */
  record Obj(Map<String, Object> fields, Map<String, Position> keyPositions, Position pos) {
    Text text(String name) {
      return (Text) fields.get(name);
    }

    String string(String name) {
      Text t = text(name);
      return t == null ? "" : t.value();
    }

    boolean bool(String name) {
      return Boolean.TRUE.equals(fields.get(name));
    }

    @SuppressWarnings("unchecked")
    List<Text> texts(String name) {
      return (List<Text>) fields.get(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, String> stringMap(String name) {
      return (Map<String, String>) fields.get(name);
    }

    @SuppressWarnings("unchecked")
    Map<String, Boolean> boolMap(String name) {
      return (Map<String, Boolean>) fields.get(name);
    }

    Obj obj(String name) {
      return (Obj) fields.get(name);
    }

    @SuppressWarnings("unchecked")
    List<Obj> objs(String name) {
      return (List<Obj>) fields.get(name);
    }
  }

  private final Path file;

  StrictDecoder(Path file) {
    this.file = file;
  }

  private KustomizeException error(Position p, String msg) {
    return p == null
        ? new KustomizeException(msg, file)
        : new KustomizeException(msg, file, p.line(), p.column());
  }

  /** Decodes the document root into {@code type}; a null document gives an empty struct. */
  Obj decodeRoot(YamlNode root, Struct type) {
    if (root instanceof YamlScalar s && s.value() == null) {
      return new Obj(new LinkedHashMap<>(), new LinkedHashMap<>(), root.pos());
    }
    return decodeStruct(root, type, "", null);
  }

  private Obj decodeStruct(YamlNode n, Struct type, String path, Obj into) {
    if (!(n instanceof YamlMap m)) {
      throw typeError(n, path, "an object (" + type.goName() + ")");
    }
    Obj obj = into != null ? into : new Obj(new LinkedHashMap<>(), new LinkedHashMap<>(), n.pos());
    List<String> keys = new ArrayList<>(m.entries().keySet());
    keys.sort(GoStrings::compare);
    for (String key : keys) {
      String field = match(type, key);
      Position kp = m.keyPositions().get(key);
      String fieldPath = path.isEmpty() ? key : path + "." + key;
      if (field == null) {
        if (matchIn(type.unsupported(), key) != null) {
          throw error(
              kp,
              "kustomization field \""
                  + fieldPath
                  + "\" is not supported by rset (it supports "
                  + supportedList(type)
                  + ")");
        }
        throw error(kp, "unknown field \"" + fieldPath + "\" in " + type.goName());
      }
      YamlNode v = m.entries().get(key);
      GoType ft = type.fields().get(field);
      if (v instanceof YamlScalar s && s.value() == null) {
        // JSON null leaves strings and booleans alone and sets slices, maps and pointers to nil
        if (!(ft instanceof Str) && !(ft instanceof Bool)) {
          obj.fields().remove(field);
        }
        continue;
      }
      String fp = path.isEmpty() ? field : path + "." + field;
      Object decoded = decode(v, ft, fp, obj.fields().get(field));
      obj.fields().put(field, decoded);
      obj.keyPositions().put(field, kp);
    }
    return obj;
  }

  private static String supportedList(Struct type) {
    return String.join(", ", type.fields().keySet());
  }

  private Object decode(YamlNode v, GoType t, String path, Object existing) {
    if (t instanceof Str) {
      return new Text(string(v, path), v.pos());
    }
    if (t instanceof Bool) {
      return bool(v, path);
    }
    if (t instanceof StrList) {
      List<Text> out = new ArrayList<>();
      for (YamlNode item : seq(v, path, "an array of strings").items()) {
        String s =
            item instanceof YamlScalar sc && sc.value() == null ? "" : string(item, path + "[]");
        out.add(new Text(s, item.pos()));
      }
      return out;
    }
    if (t instanceof StrMap) {
      @SuppressWarnings("unchecked")
      Map<String, String> out =
          existing instanceof Map<?, ?> e
              ? (Map<String, String>) e
              : new LinkedHashMap<String, String>();
      YamlMap ym = map(v, path, "an object of strings");
      for (Map.Entry<String, YamlNode> e : ym.entries().entrySet()) {
        YamlNode val = e.getValue();
        String s =
            val instanceof YamlScalar sc && sc.value() == null
                ? ""
                : string(val, path + "." + e.getKey());
        out.put(e.getKey(), s);
      }
      return out;
    }
    if (t instanceof BoolMap) {
      @SuppressWarnings("unchecked")
      Map<String, Boolean> out =
          existing instanceof Map<?, ?> e
              ? (Map<String, Boolean>) e
              : new LinkedHashMap<String, Boolean>();
      YamlMap ym = map(v, path, "an object of booleans");
      for (Map.Entry<String, YamlNode> e : ym.entries().entrySet()) {
        YamlNode val = e.getValue();
        boolean b =
            !(val instanceof YamlScalar sc && sc.value() == null)
                && bool(val, path + "." + e.getKey());
        out.put(e.getKey(), b);
      }
      return out;
    }
    if (t instanceof Struct s) {
      return decodeStruct(v, s, path, existing instanceof Obj o ? o : null);
    }
    StructList sl = (StructList) t;
    List<Obj> out = new ArrayList<>();
    List<YamlNode> items = seq(v, path, "an array of objects").items();
    for (int i = 0; i < items.size(); i++) {
      YamlNode item = items.get(i);
      if (item instanceof YamlScalar sc && sc.value() == null) {
        out.add(new Obj(new LinkedHashMap<>(), new LinkedHashMap<>(), item.pos()));
        continue;
      }
      out.add(decodeStruct(item, sl.element(), path + "[" + i + "]", null));
    }
    return out;
  }

  private String string(YamlNode v, String path) {
    if (v instanceof YamlScalar s && s.value() instanceof String str) {
      return str;
    }
    throw typeError(v, path, "a string");
  }

  private boolean bool(YamlNode v, String path) {
    if (v instanceof YamlScalar s && s.value() instanceof Boolean b) {
      return b;
    }
    throw typeError(v, path, "a boolean");
  }

  private YamlSeq seq(YamlNode v, String path, String what) {
    if (v instanceof YamlSeq s) {
      return s;
    }
    throw typeError(v, path, what);
  }

  private YamlMap map(YamlNode v, String path, String what) {
    if (v instanceof YamlMap m) {
      return m;
    }
    throw typeError(v, path, what);
  }

  private KustomizeException typeError(YamlNode v, String path, String expected) {
    String found;
    if (v instanceof YamlMap) {
      found = "an object";
    } else if (v instanceof YamlSeq) {
      found = "an array";
    } else {
      Object val = ((YamlScalar) v).value();
      found =
          val instanceof String
              ? "a string"
              : val instanceof Boolean ? "a boolean" : val == null ? "null" : "a number";
    }
    String where = path.isEmpty() ? "the kustomization" : "field \"" + path + "\"";
    return error(v.pos(), where + " must be " + expected + ", found " + found);
  }

  /** encoding/json's field matching: exact name first, then case-insensitive. */
  private static String match(Struct type, String key) {
    return matchIn(type.fields().keySet(), key);
  }

  private static String matchIn(Iterable<String> names, String key) {
    for (String f : names) {
      if (f.equals(key)) {
        return f;
      }
    }
    String folded = key.toLowerCase(Locale.ROOT);
    for (String f : names) {
      if (f.toLowerCase(Locale.ROOT).equals(folded)) {
        return f;
      }
    }
    return null;
  }
}

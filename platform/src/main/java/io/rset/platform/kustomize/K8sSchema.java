package io.rset.platform.kustomize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The Kubernetes v1.21.2 OpenAPI schema built into kustomize, reduced to what strategic merge
 * patches consult (resource {@code k8s-schema-v1.21.2.txt}): per schema its patch strategy, merge
 * key(s), element and value schemas and properties. Navigation follows kyaml's ResourceSchema:
 * {@link #field} looks in the properties, then in additionalProperties; {@link #elements} needs the
 * type to be exactly "array". Loaded once, on first use.
 */
final class K8sSchema {
  /** A scalar, or an object without properties: has no children. */
  static final K8sSchema LEAF = new K8sSchema("s");

  final String name;
  String type = "";
  String strategy;
  String mergeKey;
  List<String> mapKeys;
  private String items;
  private String addl;
  private final Map<String, String> fields = new LinkedHashMap<>();

  private K8sSchema(String name) {
    this.name = name;
  }

  private static final class Holder {
    static final Map<String, K8sSchema> SCHEMAS = new HashMap<>();
    static final Map<String, String> BY_TYPE = new HashMap<>();

    static {
      load();
    }

    private static void load() {
      try (InputStream in = K8sSchema.class.getResourceAsStream("k8s-schema-v1.21.2.txt");
          BufferedReader r =
              new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
        K8sSchema cur = null;
        String line;
        while ((line = r.readLine()) != null) {
          if (line.isEmpty() || line.startsWith("#")) {
            continue;
          }
          String[] p = line.split(" ");
          switch (p[0]) {
            case "S" -> {
              cur = new K8sSchema(p[1]);
              for (int i = 2; i < p.length; i++) {
                int eq = p[i].indexOf('=');
                String k = p[i].substring(0, eq);
                String v = p[i].substring(eq + 1);
                switch (k) {
                  case "type" -> cur.type = v;
                  case "strategy" -> cur.strategy = v;
                  case "mergeKey" -> cur.mergeKey = v;
                  case "mapKeys" -> cur.mapKeys = List.of(v.split(","));
                  case "items" -> cur.items = v;
                  case "addl" -> cur.addl = v;
                  default -> throw new IllegalStateException("bad schema line: " + line);
                }
              }
              SCHEMAS.put(cur.name, cur);
            }
            case "F" -> cur.fields.put(p[1], p[2]);
            case "G" -> BY_TYPE.put(p[1], p[2]);
            default -> throw new IllegalStateException("bad schema line: " + line);
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read the Kubernetes schema", e);
      }
    }
  }

  private static K8sSchema named(String name) {
    if (name == null) {
      return null;
    }
    if (name.equals("s")) {
      return LEAF;
    }
    return Holder.SCHEMAS.get(name);
  }

  /** The schema of a resource type, e.g. "apps/v1" and "Deployment"; null when unknown. */
  static K8sSchema forType(String apiVersion, String kind) {
    return named(Holder.BY_TYPE.get(apiVersion + "/" + kind));
  }

  /** A property's schema, else the map value schema; null when neither. */
  K8sSchema field(String f) {
    String n = fields.get(f);
    if (n != null) {
      return named(n);
    }
    return named(addl);
  }

  /** The element schema of an array; null for other types. */
  K8sSchema elements() {
    if (!type.equals("array")) {
      return null;
    }
    return named(items);
  }

  /** Whether the patch strategy lists "merge". */
  boolean hasMergeStrategy() {
    if (strategy == null) {
      return false;
    }
    for (String s : strategy.split(",")) {
      if (s.equals("merge")) {
        return true;
      }
    }
    return false;
  }

  /** PatchStrategyAndKeyList's keys: list-map keys, else the merge key, else none. */
  List<String> mergeKeys() {
    if (strategy == null) {
      return List.of();
    }
    if (mapKeys != null) {
      return mapKeys;
    }
    return mergeKey == null ? List.of() : List.of(mergeKey);
  }
}

package io.rset.operator.api;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.rset.core.model.ManifestException;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ReadMode;
import io.rset.core.yaml.Position;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns the custom resources read from the cluster into core's model with {@link ManifestReader},
 * the reader {@code rset build rset} uses, so the operator and the CLI never disagree on what a
 * spec means. The reader runs in {@link ReadMode#CLI} mode: the API server has already enforced the
 * CRD's CEL rules, and the controller re-checks two of them in code with its own wording (spec
 * §1.2.2), which the builder does.
 *
 * <p>Values decoded by Jackson are first brought to the Kubernetes JSON number rule (spec §2.1):
 * integral numbers that fit int64 become {@link Long}, every other number {@link Double}.
 */
public final class Manifests {
  private Manifests() {}

  /**
   * The core model of a ResourceSet.
   *
   * @throws ManifestException when the object does not satisfy the ResourceSet schema (possible
   *     only when the API server did not validate it, e.g. on a test server)
   */
  public static io.rset.core.model.ResourceSet toModel(ResourceSet cr) {
    YamlNode doc = node(document(cr, ResourceSet.KIND, cr.getSpec(), cr.getStatus()), where(cr));
    return ManifestReader.readResourceSet(doc, ReadMode.CLI);
  }

  /**
   * The core model of a ResourceSetInputProvider.
   *
   * @throws ManifestException when the object does not satisfy the schema
   */
  public static io.rset.core.model.ResourceSetInputProvider toModel(ResourceSetInputProvider cr) {
    YamlNode doc =
        node(document(cr, ResourceSetInputProvider.KIND, cr.getSpec(), cr.getStatus()), where(cr));
    return ManifestReader.readInputProvider(doc, ReadMode.CLI);
  }

  /** {@code path: detail} of a schema problem, without the synthetic position. */
  public static String describe(ManifestException e) {
    return e.path() == null || e.path().isEmpty() ? e.detail() : e.path() + ": " + e.detail();
  }

  private static Position where(HasMetadata cr) {
    return new Position(
        cr.getKind() + " " + cr.getMetadata().getNamespace() + "/" + cr.getMetadata().getName(),
        1,
        1);
  }

  private static Map<String, Object> document(
      HasMetadata cr, String kind, Map<String, Object> spec, Map<String, Object> status) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("apiVersion", ResourceSet.API_VERSION);
    doc.put("kind", kind);
    doc.put("metadata", metadata(cr.getMetadata()));
    if (spec != null) {
      doc.put("spec", spec);
    }
    if (status != null && !status.isEmpty()) {
      doc.put("status", status);
    }
    return doc;
  }

  private static Map<String, Object> metadata(ObjectMeta m) {
    Map<String, Object> out = new LinkedHashMap<>();
    put(out, "name", m.getName());
    put(out, "namespace", m.getNamespace());
    put(out, "uid", m.getUid());
    put(out, "generation", m.getGeneration());
    put(out, "labels", m.getLabels());
    put(out, "annotations", m.getAnnotations());
    return out;
  }

  private static void put(Map<String, Object> out, String key, Object value) {
    if (value != null) {
      out.put(key, value);
    }
  }

  /**
   * A Jackson-decoded value in core's value model: maps with String keys, lists, String, Long,
   * Double, Boolean or null (spec §2.1 number rule).
   */
  public static Object plain(Object v) {
    if (v instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      m.forEach((k, x) -> out.put(String.valueOf(k), plain(x)));
      return out;
    }
    if (v instanceof List<?> l) {
      List<Object> out = new ArrayList<>(l.size());
      l.forEach(x -> out.add(plain(x)));
      return out;
    }
    if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    if (v instanceof BigInteger b) {
      return b.bitLength() < 64 ? (Object) b.longValue() : (Object) b.doubleValue();
    }
    if (v instanceof BigDecimal d) {
      try {
        return d.longValueExact();
      } catch (ArithmeticException e) {
        return d.doubleValue();
      }
    }
    if (v instanceof Float f) {
      return f.doubleValue();
    }
    return v;
  }

  /** A plain value as a positioned YAML node (every node at {@code pos}). */
  static YamlNode node(Object v, Position pos) {
    Object p = plain(v);
    return toNode(p, pos);
  }

  private static YamlNode toNode(Object v, Position pos) {
    if (v instanceof Map<?, ?> m) {
      Map<String, YamlNode> entries = new LinkedHashMap<>();
      Map<String, Position> keys = new LinkedHashMap<>();
      m.forEach(
          (k, x) -> {
            entries.put((String) k, toNode(x, pos));
            keys.put((String) k, pos);
          });
      return new YamlMap(pos, entries, keys);
    }
    if (v instanceof List<?> l) {
      List<YamlNode> items = new ArrayList<>(l.size());
      l.forEach(x -> items.add(toNode(x, pos)));
      return new YamlSeq(pos, items);
    }
    return new YamlScalar(pos, v, v == null ? null : String.valueOf(v));
  }
}

package io.rset.core.build;

import io.rset.core.build.ObjectLookup.ConfigMapData;
import io.rset.core.build.ObjectLookup.LookupException;
import io.rset.core.build.ObjectLookup.SecretData;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The controller's post-build steps that read cluster data (spec §3.9.3 copyFrom, §3.9.4
 * convertKubeConfigFrom, §3.9.5 checksumFrom), in that order, applied in place to the built
 * objects. All reads go through an {@link ObjectLookup}.
 */
public final class ClusterData {
  private ClusterData() {}

  public static final String COPY_FROM = "fluxcd.controlplane.io/copyFrom";
  public static final String CONVERT_KUBECONFIG_FROM =
      "fluxcd.controlplane.io/convertKubeConfigFrom";
  public static final String CHECKSUM_FROM = "fluxcd.controlplane.io/checksumFrom";
  public static final String CHECKSUM = "fluxcd.controlplane.io/checksum";

  /**
   * Runs copyFrom, convertKubeConfigFrom and checksumFrom.
   *
   * @return the sorted external checksum references ({@code status.externalChecksumRefs})
   * @throws PostBuildException with Go's message
   */
  public static List<String> apply(List<Map<String, Object>> objects, ObjectLookup lookup) {
    copyFrom(objects, lookup);
    convertKubeConfigs(objects, lookup);
    return checksums(objects, lookup);
  }

  // ---- copyFrom ----

  /** §3.9.3: copies source ConfigMap/Secret data into {@code v1} objects carrying copyFrom. */
  public static void copyFrom(List<Map<String, Object>> objects, ObjectLookup lookup) {
    for (Map<String, Object> o : objects) {
      if (!"v1".equals(KubeObjects.getString(o, "apiVersion"))) {
        continue;
      }
      Map<String, String> annotations = KubeObjects.getStringMap(o, "metadata", "annotations");
      if (annotations == null || !annotations.containsKey(COPY_FROM)) {
        continue;
      }
      String value = annotations.get(COPY_FROM);
      String[] parts = value.split("/", -1);
      if (parts.length != 2) {
        throw new PostBuildException(
            "invalid "
                + COPY_FROM
                + " annotation value '"
                + value
                + "' must be in the format 'namespace/name'");
      }
      String kind = KubeObjects.getString(o, "kind");
      if (kind.equals("ConfigMap")) {
        ConfigMapData src;
        try {
          src = lookup.configMap(parts[0], parts[1]);
        } catch (LookupException e) {
          throw new PostBuildException(
              "failed to copy data from ConfigMap/" + value + ": " + e.getMessage(), e);
        }
        o.put("data", new LinkedHashMap<String, Object>(new TreeMap<>(src.data())));
        if (!src.binaryData().isEmpty()) {
          Map<String, Object> bin = new LinkedHashMap<>();
          new TreeMap<>(src.binaryData())
              .forEach((k, v) -> bin.put(k, Base64.getEncoder().encodeToString(v)));
          o.put("binaryData", bin);
        }
      } else if (kind.equals("Secret")) {
        SecretData src;
        try {
          src = lookup.secret(parts[0], parts[1]);
        } catch (LookupException e) {
          throw new PostBuildException(
              "failed to copy data from Secret/" + value + ": " + e.getMessage(), e);
        }
        if (KubeObjects.getString(o, "type").isEmpty()) {
          o.put("type", src.type().isEmpty() ? "Opaque" : src.type());
        }
        Map<String, Object> stringData = new LinkedHashMap<>();
        new TreeMap<>(src.data())
            .forEach((k, v) -> stringData.put(k, new String(v, StandardCharsets.UTF_8)));
        o.put("stringData", stringData);
      }
    }
  }

  // ---- convertKubeConfigFrom ----

  /** §3.9.4: adds {@code data.address} and {@code data["ca.crt"]} from a kubeconfig Secret. */
  public static void convertKubeConfigs(List<Map<String, Object>> objects, ObjectLookup lookup) {
    for (Map<String, Object> o : objects) {
      if (!"v1".equals(KubeObjects.getString(o, "apiVersion"))
          || !"ConfigMap".equals(KubeObjects.getString(o, "kind"))) {
        continue;
      }
      Map<String, String> annotations = KubeObjects.getStringMap(o, "metadata", "annotations");
      if (annotations == null || !annotations.containsKey(CONVERT_KUBECONFIG_FROM)) {
        continue;
      }
      String value = annotations.get(CONVERT_KUBECONFIG_FROM);
      String ref = value;
      String key = null;
      int slash = value.indexOf('/');
      int colon = value.lastIndexOf(':');
      if (slash >= 0 && colon > slash) {
        ref = value.substring(0, colon);
        key = value.substring(colon + 1);
      }
      String[] parts = ref.split("/", -1);
      if (parts.length != 2 || (key != null && key.isEmpty())) {
        throw new PostBuildException(
            "invalid "
                + CONVERT_KUBECONFIG_FROM
                + " annotation value '"
                + value
                + "' must be in the format 'namespace/name' or 'namespace/name:key'");
      }
      String secretRef = "Secret/" + parts[0] + "/" + parts[1];
      SecretData secret;
      try {
        secret = lookup.secret(parts[0], parts[1]);
      } catch (LookupException e) {
        throw new PostBuildException(
            "failed to get kubeconfig " + secretRef + ": " + e.getMessage(), e);
      }
      byte[] raw;
      if (key != null) {
        raw = secret.data().get(key);
        if (raw == null) {
          throw new PostBuildException(
              "kubeconfig " + secretRef + " does not have '" + key + "' field");
        }
      } else {
        raw = secret.data().get("kubeconfig");
        if (raw == null) {
          raw = secret.data().get("value");
        }
        if (raw == null) {
          throw new PostBuildException(
              "kubeconfig " + secretRef + " does not have 'kubeconfig' or 'value' field");
        }
      }
      String[] fields;
      try {
        fields = kubeConfigFields(new String(raw, StandardCharsets.UTF_8));
      } catch (PostBuildException e) {
        throw new PostBuildException(
            "failed to extract fields from kubeconfig Secret/" + value + ": " + e.getMessage(), e);
      }
      Object data = o.get("data");
      Map<String, Object> dataMap;
      if (data instanceof Map<?, ?> m) {
        @SuppressWarnings("unchecked")
        Map<String, Object> cast = (Map<String, Object>) m;
        dataMap = cast;
      } else {
        dataMap = new LinkedHashMap<>();
        o.put("data", dataMap);
      }
      dataMap.putIfAbsent("address", fields[0]);
      dataMap.putIfAbsent("ca.crt", fields[1]);
    }
  }

  /** The first cluster's server and decoded CA; every cluster must have both. */
  static String[] kubeConfigFields(String kubeconfig) {
    Object doc;
    try {
      doc = RenderedYaml.decode(kubeconfig);
    } catch (RenderedYaml.DecodeException e) {
      throw new PostBuildException(
          e.getMessage().replaceFirst("^error converting YAML to JSON: ", ""));
    }
    List<?> clusters =
        doc instanceof Map<?, ?> m && m.get("clusters") instanceof List<?> l ? l : List.of();
    if (clusters.isEmpty()) {
      throw new PostBuildException("no clusters found in kubeconfig");
    }
    String[] first = null;
    for (Object c : clusters) {
      Map<?, ?> named = c instanceof Map<?, ?> m ? m : Map.of();
      String name = named.get("name") instanceof String s ? s : "";
      Map<?, ?> cluster = named.get("cluster") instanceof Map<?, ?> m ? m : Map.of();
      String server = cluster.get("server") instanceof String s ? s : "";
      String ca = cluster.get("certificate-authority-data") instanceof String s ? s : "";
      if (server.isEmpty()) {
        throw new PostBuildException(
            "server field is empty in kubeconfig cluster " + GoQuote.quote(name));
      }
      if (ca.isEmpty()) {
        throw new PostBuildException(
            "certificate-authority-data field is empty in kubeconfig cluster "
                + GoQuote.quote(name));
      }
      if (first == null) {
        String pem;
        try {
          pem = new String(Base64.getDecoder().decode(ca.strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
          throw new PostBuildException("illegal base64 data in certificate-authority-data");
        }
        first = new String[] {server, pem};
      }
    }
    return first;
  }

  // ---- checksumFrom ----

  /**
   * §3.9.5: sets {@code fluxcd.controlplane.io/checksum} next to every non-empty checksumFrom
   * annotation found in any {@code metadata} map of any object.
   *
   * @return the sorted references that were read through the lookup (not rendered by this set)
   */
  public static List<String> checksums(List<Map<String, Object>> objects, ObjectLookup lookup) {
    Map<String, Map<String, Object>> inSet = new HashMap<>();
    for (Map<String, Object> o : objects) {
      String kind = KubeObjects.getString(o, "kind");
      if (kind.equals("ConfigMap") || kind.equals("Secret")) {
        inSet.putIfAbsent(
            kind
                + "/"
                + KubeObjects.getString(o, "metadata", "namespace")
                + "/"
                + KubeObjects.getString(o, "metadata", "name"),
            o);
      }
    }
    Map<String, TreeMap<String, byte[]>> resolved = new HashMap<>();
    TreeSet<String> external = new TreeSet<>();
    for (Map<String, Object> o : objects) {
      List<Map<String, Object>> annotationMaps = new ArrayList<>();
      collectAnnotations(o, annotationMaps);
      for (Map<String, Object> annotations : annotationMaps) {
        String value = (String) annotations.get(CHECKSUM_FROM);
        MessageDigest sha = AppliedDigest.sha256();
        for (String part : value.split(",", -1)) {
          String ref = io.rset.gotemplate.fmt.GoStrconv.trimSpace(part);
          if (ref.isEmpty()) {
            continue;
          }
          String[] p = ref.split("/", -1);
          if (p.length != 3 || p[0].isEmpty() || p[1].isEmpty() || p[2].isEmpty()) {
            throw new PostBuildException(
                "invalid "
                    + CHECKSUM_FROM
                    + " reference '"
                    + ref
                    + "' must be in the format 'Kind/namespace/name'");
          }
          if (!p[0].equals("ConfigMap") && !p[0].equals("Secret")) {
            throw new PostBuildException(
                "unsupported kind '"
                    + p[0]
                    + "' in "
                    + CHECKSUM_FROM
                    + ", only ConfigMap and Secret are allowed");
          }
          TreeMap<String, byte[]> data = resolved.get(ref);
          if (data == null) {
            Map<String, Object> own = inSet.get(ref);
            data = own != null ? ownData(p[0], ref, own) : external(p, ref, lookup);
            if (own == null) {
              external.add(ref);
            }
            resolved.put(ref, data);
          }
          sha.update(ref.getBytes(StandardCharsets.UTF_8));
          sha.update((byte) 0);
          for (Map.Entry<String, byte[]> e : data.entrySet()) {
            sha.update(e.getKey().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(e.getValue());
            sha.update((byte) 0);
          }
        }
        annotations.put(CHECKSUM, "sha256:" + HexFormat.of().formatHex(sha.digest()));
      }
    }
    return List.copyOf(external);
  }

  /** Every annotations map holding a non-empty checksumFrom string, depth first. */
  @SuppressWarnings("unchecked")
  private static void collectAnnotations(Object v, List<Map<String, Object>> out) {
    if (v instanceof Map<?, ?> m) {
      if (m.get("metadata") instanceof Map<?, ?> meta
          && meta.get("annotations") instanceof Map<?, ?> a
          && a.get(CHECKSUM_FROM) instanceof String s
          && !s.isEmpty()) {
        out.add((Map<String, Object>) a);
      }
      for (Object child : m.values()) {
        collectAnnotations(child, out);
      }
    } else if (v instanceof List<?> l) {
      for (Object child : l) {
        collectAnnotations(child, out);
      }
    }
  }

  private static TreeMap<String, byte[]> external(String[] p, String ref, ObjectLookup lookup) {
    TreeMap<String, byte[]> data = new TreeMap<>();
    try {
      if (p[0].equals("ConfigMap")) {
        ConfigMapData cm = lookup.configMap(p[1], p[2]);
        cm.data().forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
        data.putAll(cm.binaryData());
      } else {
        data.putAll(lookup.secret(p[1], p[2]).data());
      }
    } catch (LookupException e) {
      throw new PostBuildException(
          "failed to resolve " + CHECKSUM_FROM + " reference " + ref + ": " + e.getMessage(), e);
    }
    return data;
  }

  /** The pending content of an object of this set. */
  private static TreeMap<String, byte[]> ownData(String kind, String ref, Map<String, Object> o) {
    TreeMap<String, byte[]> data = new TreeMap<>();
    if (kind.equals("ConfigMap")) {
      strings(o.get("data")).forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
      strings(o.get("binaryData")).forEach((k, v) -> data.put(k, decode(ref, k, v)));
    } else {
      strings(o.get("data")).forEach((k, v) -> data.put(k, decode(ref, k, v)));
      strings(o.get("stringData"))
          .forEach((k, v) -> data.put(k, v.getBytes(StandardCharsets.UTF_8)));
    }
    return data;
  }

  private static byte[] decode(String ref, String key, String value) {
    try {
      return Base64.getDecoder().decode(value);
    } catch (IllegalArgumentException e) {
      throw new PostBuildException(
          "failed to decode base64 value of key '" + key + "' in " + ref + ": " + e.getMessage());
    }
  }

  private static Map<String, String> strings(Object v) {
    Map<String, String> out = new TreeMap<>();
    if (v instanceof Map<?, ?> m) {
      m.forEach((k, x) -> out.put((String) k, x == null ? "" : String.valueOf(x)));
    }
    return out;
  }

  private static final class GoQuote {
    static String quote(String s) {
      return io.rset.gotemplate.fmt.GoStrconv.quote(s);
    }
  }
}

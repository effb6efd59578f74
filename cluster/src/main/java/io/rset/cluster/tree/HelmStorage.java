package io.rset.cluster.tree;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.rset.cluster.access.ClusterObjects;
import io.rset.cluster.access.ObjectMaps;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.GZIPInputStream;

/**
 * The objects of a HelmRelease read from Helm's release storage, for helm-controllers older than
 * Flux 2.8 (which have no {@code status.inventory}): the latest release of {@code
 * status.history[0]} is the Secret {@code sh.helm.release.v1.<name>.v<version>} in the storage
 * namespace; its {@code release} key holds base64 of gzipped JSON whose {@code manifest} is the
 * rendered chart. Objects without a namespace get the release namespace unless their kind is a
 * well-known cluster-scoped one (the API's discovery is not consulted).
 */
final class HelmStorage {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_RELEASE_BYTES = 64 * 1024 * 1024;

  /** Kubernetes kinds that are cluster-scoped. */
  static final Set<String> CLUSTER_SCOPED =
      Set.of(
          "Namespace",
          "Node",
          "PersistentVolume",
          "ClusterRole",
          "ClusterRoleBinding",
          "CustomResourceDefinition",
          "StorageClass",
          "PriorityClass",
          "IngressClass",
          "RuntimeClass",
          "CSIDriver",
          "CSINode",
          "VolumeAttachment",
          "APIService",
          "MutatingWebhookConfiguration",
          "ValidatingWebhookConfiguration",
          "ValidatingAdmissionPolicy",
          "ValidatingAdmissionPolicyBinding",
          "MutatingAdmissionPolicy",
          "MutatingAdmissionPolicyBinding",
          "FlowSchema",
          "PriorityLevelConfiguration",
          "CertificateSigningRequest",
          "ClusterIssuer");

  private HelmStorage() {}

  /**
   * The release's objects in manifest order, or empty when the release or its Secret cannot be read
   * or decoded (the HelmRelease is then shown without children).
   */
  static Optional<List<InventoryEntry>> objects(
      ClusterObjects objects, Map<String, Object> helmRelease) {
    List<Map<String, Object>> history =
        ObjectMaps.maps(ObjectMaps.list(helmRelease, "status", "history"));
    if (history.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> latest = history.get(0);
    String name = ObjectMaps.string(latest, "name");
    Long version = ObjectMaps.number(latest, "version");
    String releaseNs = ObjectMaps.string(latest, "namespace");
    if (name == null || version == null || releaseNs == null) {
      return Optional.empty();
    }
    String storageNs = storageNamespace(helmRelease);
    String secretName = "sh.helm.release.v1." + name + ".v" + version;
    return objects
        .getSecret(storageNs, secretName)
        .map(secret -> ObjectMaps.string(secret, "data", "release"))
        .flatMap(HelmStorage::manifest)
        .flatMap(manifest -> entries(manifest, releaseNs));
  }

  private static String storageNamespace(Map<String, Object> hr) {
    for (String[] path :
        List.of(
            new String[] {"status", "storageNamespace"},
            new String[] {"spec", "storageNamespace"},
            new String[] {"metadata", "namespace"})) {
      String ns = ObjectMaps.string(hr, path);
      if (ns != null && !ns.isEmpty()) {
        return ns;
      }
    }
    return "default";
  }

  /** The manifest of a release Secret's {@code release} value (Secret data base64). */
  static Optional<String> manifest(String secretValue) {
    if (secretValue == null) {
      return Optional.empty();
    }
    try {
      byte[] helmEncoded = Base64.getDecoder().decode(secretValue.trim());
      byte[] data = Base64.getDecoder().decode(new String(helmEncoded, StandardCharsets.US_ASCII));
      if (data.length > 2 && (data[0] & 0xff) == 0x1f && (data[1] & 0xff) == 0x8b) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(data))) {
          data = in.readNBytes(MAX_RELEASE_BYTES);
        }
      }
      JsonNode manifest = JSON.readTree(data).path("manifest");
      return manifest.isTextual() ? Optional.of(manifest.asText()) : Optional.empty();
    } catch (IllegalArgumentException | IOException e) {
      return Optional.empty();
    }
  }

  private static Optional<List<InventoryEntry>> entries(String manifest, String releaseNs) {
    List<YamlNode> docs;
    try {
      docs = new YamlReader().readKubernetesDocuments("manifest", manifest);
    } catch (YamlException e) {
      return Optional.empty();
    }
    List<InventoryEntry> out = new ArrayList<>();
    for (YamlNode doc : docs) {
      if (!(doc.toValue() instanceof Map<?, ?> raw)) {
        continue;
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> obj = (Map<String, Object>) raw;
      String kind = ObjectMaps.string(obj, "kind");
      String name = ObjectMaps.string(obj, "metadata", "name");
      String apiVersion = ObjectMaps.stringOrEmpty(obj, "apiVersion");
      if (kind == null || name == null) {
        continue;
      }
      String ns = ObjectMaps.stringOrEmpty(obj, "metadata", "namespace");
      if (ns.isEmpty() && !CLUSTER_SCOPED.contains(kind)) {
        ns = releaseNs;
      }
      int slash = apiVersion.indexOf('/');
      String group = slash < 0 ? "" : apiVersion.substring(0, slash);
      String version = apiVersion.substring(slash + 1);
      out.add(new InventoryEntry(ns, name, group, kind, version));
    }
    return Optional.of(out);
  }
}

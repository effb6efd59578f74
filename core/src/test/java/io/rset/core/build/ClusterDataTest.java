package io.rset.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.core.build.ObjectLookup.ConfigMapData;
import io.rset.core.build.ObjectLookup.SecretData;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClusterDataTest {
  private static byte[] b(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> obj(String yaml) {
    return (Map<String, Object>) TestSpecs.decode(yaml);
  }

  private final InMemoryObjectLookup lookup =
      new InMemoryObjectLookup()
          .withConfigMap(
              "src",
              "cm",
              new ConfigMapData(Map.of("b", "2", "a", "1"), Map.of("bin", new byte[] {1, 2, 3})))
          .withSecret("src", "sec", new SecretData("kubernetes.io/tls", Map.of("tls.key", b("k"))))
          .withSecret("src", "untyped", new SecretData("", Map.of("token", b("t"))));

  // ---- copyFrom ----

  @Test
  void copyFromConfigMapReplacesDataAndEncodesBinaryData() {
    Map<String, Object> o =
        obj(
            "{apiVersion: v1, kind: ConfigMap, metadata: {name: x, annotations:"
                + " {fluxcd.controlplane.io/copyFrom: src/cm}}, data: {old: gone}}");
    ClusterData.copyFrom(List.of(o), lookup);
    assertThat(o.get("data")).isEqualTo(Map.of("a", "1", "b", "2"));
    assertThat(o.get("binaryData")).isEqualTo(Map.of("bin", "AQID"));
  }

  @Test
  void copyFromSecretWritesStringDataAndKeepsExplicitType() {
    Map<String, Object> typed =
        obj(
            "{apiVersion: v1, kind: Secret, type: Opaque, metadata: {name: x, annotations:"
                + " {fluxcd.controlplane.io/copyFrom: src/sec}}, stringData: {old: gone}}");
    Map<String, Object> untyped =
        obj(
            "{apiVersion: v1, kind: Secret, metadata: {name: y, annotations:"
                + " {fluxcd.controlplane.io/copyFrom: src/sec}}}");
    Map<String, Object> opaque =
        obj(
            "{apiVersion: v1, kind: Secret, metadata: {name: z, annotations:"
                + " {fluxcd.controlplane.io/copyFrom: src/untyped}}}");
    ClusterData.copyFrom(List.of(typed, untyped, opaque), lookup);
    assertThat(typed).containsEntry("type", "Opaque");
    assertThat(typed.get("stringData")).isEqualTo(Map.of("tls.key", "k"));
    assertThat(untyped).containsEntry("type", "kubernetes.io/tls");
    assertThat(opaque).containsEntry("type", "Opaque");
    assertThat(opaque.get("stringData")).isEqualTo(Map.of("token", "t"));
  }

  @Test
  void copyFromValidatesEveryV1KindButIgnoresOtherGroups() {
    Map<String, Object> service =
        obj(
            "{apiVersion: v1, kind: Service, metadata: {name: x, annotations:"
                + " {fluxcd.controlplane.io/copyFrom: just-a-name}}}");
    assertThatThrownBy(() -> ClusterData.copyFrom(List.of(service), lookup))
        .isInstanceOf(PostBuildException.class)
        .hasMessage(
            "invalid fluxcd.controlplane.io/copyFrom annotation value 'just-a-name' must be in the"
                + " format 'namespace/name'");
    Map<String, Object> other =
        obj(
            "{apiVersion: apps/v1, kind: ConfigMap, metadata: {name: x, annotations:"
                + " {fluxcd.controlplane.io/copyFrom: a/b/c}}}");
    ClusterData.copyFrom(List.of(other), lookup);
    assertThat(other).doesNotContainKey("data");
  }

  @Test
  void copyFromMissingSourceWrapsTheApiError() {
    Map<String, Object> o =
        obj(
            "{apiVersion: v1, kind: ConfigMap, metadata: {name: x, annotations:"
                + " {fluxcd.controlplane.io/copyFrom: src/missing}}}");
    assertThatThrownBy(() -> ClusterData.copyFrom(List.of(o), lookup))
        .hasMessage(
            "failed to copy data from ConfigMap/src/missing: configmaps \"missing\" not found");
    Map<String, Object> s =
        obj(
            "{apiVersion: v1, kind: Secret, metadata: {name: x, annotations:"
                + " {fluxcd.controlplane.io/copyFrom: src/forbidden}}}");
    InMemoryObjectLookup denied =
        new InMemoryObjectLookup()
            .failing("Secret", "src", "forbidden", "secrets \"forbidden\" is forbidden");
    assertThatThrownBy(() -> ClusterData.copyFrom(List.of(s), denied))
        .hasMessage(
            "failed to copy data from Secret/src/forbidden: secrets \"forbidden\" is forbidden");
  }

  // ---- convertKubeConfigFrom ----

  private static final String CA_PEM =
      "-----BEGIN CERTIFICATE-----\nabc\n-----END CERTIFICATE-----\n";

  private static String kubeconfig(String clusters) {
    return "apiVersion: v1\nkind: Config\nclusters:\n" + clusters;
  }

  private static String cluster(String name, String server, String ca) {
    return "- name: "
        + name
        + "\n  cluster:\n    server: "
        + server
        + "\n    certificate-authority-data: "
        + ca
        + "\n";
  }

  private static final String CA_B64 = Base64.getEncoder().encodeToString(b(CA_PEM));

  private Map<String, Object> kubeConfigMap(String value, String data) {
    return obj(
        "{apiVersion: v1, kind: ConfigMap, metadata: {name: x, annotations:"
            + " {fluxcd.controlplane.io/convertKubeConfigFrom: '"
            + value
            + "'}}"
            + (data == null ? "" : ", data: " + data)
            + "}");
  }

  @Test
  void kubeConfigUsesFirstClusterAndKeepsExistingFields() {
    InMemoryObjectLookup l =
        new InMemoryObjectLookup()
            .withSecret(
                "fleet",
                "kc",
                new SecretData(
                    "",
                    Map.of(
                        "value",
                        b(
                            kubeconfig(
                                cluster("one", "https://one:6443", CA_B64)
                                    + cluster("two", "https://two", CA_B64))))));
    Map<String, Object> fresh = kubeConfigMap("fleet/kc", null);
    Map<String, Object> kept = kubeConfigMap("fleet/kc", "{address: mine}");
    ClusterData.convertKubeConfigs(List.of(fresh, kept), l);
    assertThat(fresh.get("data"))
        .isEqualTo(Map.of("address", "https://one:6443", "ca.crt", CA_PEM));
    assertThat(kept.get("data")).isEqualTo(Map.of("address", "mine", "ca.crt", CA_PEM));
  }

  @Test
  void kubeConfigExplicitKeyAndMissingFields() {
    InMemoryObjectLookup l =
        new InMemoryObjectLookup()
            .withSecret(
                "fleet",
                "kc",
                new SecretData(
                    "", Map.of("custom", b(kubeconfig(cluster("c", "https://c", CA_B64))))));
    Map<String, Object> o = kubeConfigMap("fleet/kc:custom", null);
    ClusterData.convertKubeConfigs(List.of(o), l);
    assertThat(o.get("data")).isEqualTo(Map.of("address", "https://c", "ca.crt", CA_PEM));
    assertThatThrownBy(
            () -> ClusterData.convertKubeConfigs(List.of(kubeConfigMap("fleet/kc:other", null)), l))
        .hasMessage("kubeconfig Secret/fleet/kc does not have 'other' field");
    assertThatThrownBy(
            () -> ClusterData.convertKubeConfigs(List.of(kubeConfigMap("fleet/kc", null)), l))
        .hasMessage("kubeconfig Secret/fleet/kc does not have 'kubeconfig' or 'value' field");
    assertThatThrownBy(
            () -> ClusterData.convertKubeConfigs(List.of(kubeConfigMap("fleet/nope", null)), l))
        .hasMessage("failed to get kubeconfig Secret/fleet/nope: secrets \"nope\" not found");
    assertThatThrownBy(
            () -> ClusterData.convertKubeConfigs(List.of(kubeConfigMap("no-slash", null)), l))
        .hasMessage(
            "invalid fluxcd.controlplane.io/convertKubeConfigFrom annotation value 'no-slash' must"
                + " be in the format 'namespace/name' or 'namespace/name:key'");
  }

  @Test
  void kubeConfigValidatesEveryCluster() {
    InMemoryObjectLookup l =
        new InMemoryObjectLookup()
            .withSecret(
                "f",
                "none",
                new SecretData(
                    "", Map.of("kubeconfig", b("apiVersion: v1\nkind: Config\nclusters: []\n"))))
            .withSecret(
                "f",
                "noserver",
                new SecretData(
                    "",
                    Map.of(
                        "kubeconfig",
                        b(
                            kubeconfig(
                                cluster("a", "https://a", CA_B64) + cluster("b", "''", CA_B64))))))
            .withSecret(
                "f",
                "noca",
                new SecretData(
                    "", Map.of("kubeconfig", b(kubeconfig(cluster("a", "https://a", "''"))))));
    assertThatThrownBy(
            () -> ClusterData.convertKubeConfigs(List.of(kubeConfigMap("f/none", null)), l))
        .hasMessage(
            "failed to extract fields from kubeconfig Secret/f/none: no clusters found in"
                + " kubeconfig");
    assertThatThrownBy(
            () -> ClusterData.convertKubeConfigs(List.of(kubeConfigMap("f/noserver", null)), l))
        .hasMessage(
            "failed to extract fields from kubeconfig Secret/f/noserver: server field is empty in"
                + " kubeconfig cluster \"b\"");
    assertThatThrownBy(
            () -> ClusterData.convertKubeConfigs(List.of(kubeConfigMap("f/noca", null)), l))
        .hasMessage(
            "failed to extract fields from kubeconfig Secret/f/noca:"
                + " certificate-authority-data field is empty in kubeconfig cluster \"a\"");
  }

  // ---- checksumFrom ----

  private static String expectedChecksum(Object... refsAndData) throws Exception {
    ByteArrayOutputStream in = new ByteArrayOutputStream();
    for (Object part : refsAndData) {
      in.write(b((String) part));
      in.write(0);
    }
    return "sha256:"
        + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(in.toByteArray()));
  }

  @Test
  void checksumUsesOwnObjectsAndExternalOnesInListedOrder() throws Exception {
    Map<String, Object> own =
        obj(
            "{apiVersion: v1, kind: ConfigMap, metadata: {name: app, namespace: apps},"
                + " data: {z: '26', a: '1'}}");
    Map<String, Object> deploy =
        obj(
            "{apiVersion: apps/v1, kind: Deployment, metadata: {name: app, namespace: apps},"
                + " spec: {template: {metadata: {annotations: {fluxcd.controlplane.io/checksumFrom:"
                + " 'Secret/src/sec, ,ConfigMap/apps/app'}}}}}");
    List<String> external = ClusterData.checksums(List.of(own, deploy), lookup);
    assertThat(external).containsExactly("Secret/src/sec");
    assertThat(
            KubeObjects.getStringMap(deploy, "spec", "template", "metadata", "annotations")
                .get(ClusterData.CHECKSUM))
        .isEqualTo(
            expectedChecksum(
                "Secret/src/sec", "tls.key", "k", "ConfigMap/apps/app", "a", "1", "z", "26"));
  }

  @Test
  void checksumDecodesOwnSecretsAndOverlaysStringData() throws Exception {
    Map<String, Object> secret =
        obj(
            "{apiVersion: v1, kind: Secret, metadata: {name: s, namespace: ns1, annotations:"
                + " {fluxcd.controlplane.io/checksumFrom: Secret/ns1/s}}, data: {a: YWFh, b: YmJi},"
                + " stringData: {b: override}}");
    assertThat(ClusterData.checksums(List.of(secret), lookup)).isEmpty();
    assertThat(KubeObjects.getStringMap(secret, "metadata", "annotations"))
        .containsEntry(ClusterData.CHECKSUM_FROM, "Secret/ns1/s")
        .containsEntry(
            ClusterData.CHECKSUM, expectedChecksum("Secret/ns1/s", "a", "aaa", "b", "override"));
  }

  @Test
  void checksumReferenceErrors() {
    Map<String, Object> bad =
        obj(
            "{apiVersion: v1, kind: Pod, metadata: {name: p, annotations:"
                + " {fluxcd.controlplane.io/checksumFrom: ConfigMap/only-two}}}");
    assertThatThrownBy(() -> ClusterData.checksums(List.of(bad), lookup))
        .hasMessage(
            "invalid fluxcd.controlplane.io/checksumFrom reference 'ConfigMap/only-two' must be in"
                + " the format 'Kind/namespace/name'");
    Map<String, Object> kind =
        obj(
            "{apiVersion: v1, kind: Pod, metadata: {name: p, annotations:"
                + " {fluxcd.controlplane.io/checksumFrom: Service/a/b}}}");
    assertThatThrownBy(() -> ClusterData.checksums(List.of(kind), lookup))
        .hasMessage(
            "unsupported kind 'Service' in fluxcd.controlplane.io/checksumFrom, only ConfigMap and"
                + " Secret are allowed");
    Map<String, Object> missing =
        obj(
            "{apiVersion: v1, kind: Pod, metadata: {name: p, annotations:"
                + " {fluxcd.controlplane.io/checksumFrom: ConfigMap/a/b}}}");
    assertThatThrownBy(() -> ClusterData.checksums(List.of(missing), lookup))
        .hasMessage(
            "failed to resolve fluxcd.controlplane.io/checksumFrom reference ConfigMap/a/b:"
                + " configmaps \"b\" not found");
  }

  @Test
  void applyRunsCopyBeforeChecksumSoCopiedDataCounts() throws Exception {
    Map<String, Object> copy =
        obj(
            "{apiVersion: v1, kind: ConfigMap, metadata: {name: c, namespace: ns1, annotations:"
                + " {fluxcd.controlplane.io/copyFrom: src/cm,"
                + " fluxcd.controlplane.io/checksumFrom: ConfigMap/ns1/c}}}");
    assertThat(ClusterData.apply(List.of(copy), lookup)).isEmpty();
    assertThat(KubeObjects.getStringMap(copy, "metadata", "annotations").get(ClusterData.CHECKSUM))
        .isEqualTo(
            "sha256:"
                + HexFormat.of()
                    .formatHex(
                        MessageDigest.getInstance("SHA-256")
                            .digest(
                                concat(
                                    b("ConfigMap/ns1/c\0a\0001\0b\0002\0bin\0"),
                                    new byte[] {1, 2, 3, 0}))));
  }

  private static byte[] concat(byte[] a, byte[] c) {
    byte[] out = new byte[a.length + c.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(c, 0, out, a.length, c.length);
    return out;
  }
}

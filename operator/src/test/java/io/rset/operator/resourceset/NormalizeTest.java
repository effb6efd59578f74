package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.core.build.AppliedDigest;
import io.rset.core.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Spec §3.9.6: what the operator changes in built objects before applying and digesting them. */
class NormalizeTest {
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> objects(String yaml) {
    List<Map<String, Object>> out = new ArrayList<>();
    YamlReader reader = new YamlReader();
    for (YamlReader.Chunk c : reader.splitKubernetesDocuments("test.yaml", yaml)) {
      out.add((Map<String, Object>) reader.readValue("test.yaml", c.text()));
    }
    return out;
  }

  @Test
  void portsGetTcpSecretsGetDataStatusGoesAndCreationTimestampIsNull() {
    List<Map<String, Object>> objects =
        objects(
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: web, namespace: apps}
            spec:
              template:
                spec:
                  initContainers:
                    - name: init
                      ports: [{containerPort: 53, protocol: UDP}]
                  containers:
                    - name: web
                      ports: [{containerPort: 80}]
            status: {replicas: 1}
            ---
            apiVersion: batch/v1
            kind: CronJob
            metadata: {name: nightly, namespace: apps}
            spec:
              jobTemplate:
                spec:
                  template:
                    spec:
                      containers: [{name: job, ports: [{containerPort: 9000}]}]
            ---
            apiVersion: v1
            kind: Service
            metadata: {name: web, namespace: apps}
            spec:
              ports: [{port: 80}, {port: 53, protocol: UDP}]
            ---
            apiVersion: v1
            kind: Secret
            metadata: {name: creds, namespace: apps}
            data: {b: Yg==}
            stringData: {a: x}
            ---
            apiVersion: example.com/v1
            kind: Widget
            metadata: {name: w}
            spec:
              ports: [{port: 1}]
            ---
            apiVersion: apiextensions.k8s.io/v1
            kind: CustomResourceDefinition
            metadata: {name: widgets.example.com}
            status: {acceptedNames: {kind: Widget}}
            """);
    ReconcileRun.normalize(objects);

    assertThat(objects)
        .allSatisfy(
            o ->
                assertThat((Map<String, Object>) o.get("metadata"))
                    .containsEntry("creationTimestamp", null));
    assertThat(objects.get(0)).doesNotContainKey("status");
    assertThat(objects.get(0).toString())
        .contains("ports=[{containerPort=53, protocol=UDP}]")
        .contains("ports=[{containerPort=80, protocol=TCP}]");
    assertThat(objects.get(1).toString()).contains("{containerPort=9000, protocol=TCP}");
    assertThat(objects.get(2).toString())
        .contains("ports=[{port=80, protocol=TCP}, {port=53, protocol=UDP}]");
    assertThat(objects.get(3)).doesNotContainKey("stringData");
    assertThat(objects.get(3).get("data")).isEqualTo(Map.of("a", "eA==", "b", "Yg=="));
    // kinds outside the client's scheme keep their ports as written
    assertThat(objects.get(4).toString()).contains("ports=[{port=1}]");
    assertThat(objects.get(5)).containsKey("status");
  }

  @Test
  void theDigestCoversTheNormalisedObjects() throws Exception {
    List<Map<String, Object>> objects =
        objects("apiVersion: v1\nkind: ConfigMap\nmetadata: {name: a, namespace: b}\n");
    ReconcileRun.normalize(objects);
    // what Go's typed round trip serialises for this ConfigMap, then the separator
    String expected =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  creationTimestamp: null\n  name: a\n"
            + "  namespace: b\n---\n";
    assertThat(AppliedDigest.of(objects)).isEqualTo("sha256:" + sha256(expected));
  }

  private static String sha256(String text) throws Exception {
    return java.util.HexFormat.of()
        .formatHex(
            java.security.MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
  }
}

package io.rset.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.core.yaml.YamlWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The builder cases B1–B15 of spec §6.10, written from their descriptions: manifests {@code
 * build-cases/bNN-*.yaml} (also checked object by object against the Go oracle's {@code -builder
 * -rset} output {@code bNN-*.out} by {@link OracleCasesTest}).
 *
 * <p>Each case is built with its inline inputs only (no {@code provider} key, no owner labels),
 * formatted as §6.10 says (each object's YAML followed by {@code ---\n}; in a steps build each step
 * is preceded by {@code # step: <name>\n}, even when empty) and compared with {@code bNN-*.golden};
 * an error case's golden file holds {@code error: <message>\n}. {@code -Dgolden.update=true}
 * rewrites the golden files from the builder's output (review the diff; the {@code .out} files from
 * the oracle stay the truth). Each case also asserts the outcome §6.10 lists (object counts, order,
 * errors).
 */
class BuilderGoldenCasesTest {
  private static final Path DIR = OracleCasesTest.DIR;
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  /** §6.10's text format for a builder result. */
  static String format(List<StepResult> steps) {
    StringBuilder out = new StringBuilder();
    for (StepResult step : steps) {
      if (step.name() != null) {
        out.append("# step: ").append(step.name()).append('\n');
      }
      for (Map<String, Object> o : step.objects()) {
        out.append(YamlWriter.toYaml(o)).append("---\n");
      }
    }
    return out.toString();
  }

  private static TestSpecs.Manifest manifest(String name) throws IOException {
    return TestSpecs.read(Files.readString(DIR.resolve(name + ".yaml")));
  }

  /** Builds case NAME, compares with its golden file and returns the result (null on error). */
  private static List<StepResult> golden(String name) throws IOException {
    TestSpecs.Manifest m = manifest(name);
    String actual;
    List<StepResult> result = null;
    try {
      result = ResourceSetBuilder.build(m.spec(), CombinedInputs.of(m.spec().inputs()));
      actual = format(result);
    } catch (BuildException e) {
      actual = "error: " + e.getMessage() + "\n";
    }
    Path file = DIR.resolve(name + ".golden");
    if (UPDATE) {
      Files.writeString(file, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual)
        .as("golden file %s", file)
        .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    return result;
  }

  private static List<StepResult> build(String name) throws IOException {
    List<StepResult> r = golden(name);
    assertThat(r).as("%s builds", name).isNotNull();
    return r;
  }

  private static String errorOf(String name) throws IOException {
    assertThat(golden(name)).as("%s fails", name).isNull();
    TestSpecs.Manifest m = manifest(name);
    BuildException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            BuildException.class,
            () -> ResourceSetBuilder.build(m.spec(), CombinedInputs.of(m.spec().inputs())));
    return e.getMessage();
  }

  /** "Kind/name" of each object, with the namespace when set. */
  private static List<String> ids(List<Map<String, Object>> objects) {
    List<String> out = new ArrayList<>();
    for (Map<String, Object> o : objects) {
      Map<String, Object> meta = TestSpecs.map(o.get("metadata"));
      Object ns = meta.get("namespace");
      out.add(o.get("kind") + "/" + (ns == null ? "" : ns + "/") + meta.get("name"));
    }
    return out;
  }

  private static List<Map<String, Object>> only(List<StepResult> r) {
    assertThat(r).hasSize(1);
    assertThat(r.get(0).name()).isNull();
    return r.get(0).objects();
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> o, String... path) {
    Object v = o;
    for (String k : path) {
      v = ((Map<String, Object>) v).get(k);
    }
    return v;
  }

  @Test
  void b01Slugify() throws IOException {
    List<Map<String, Object>> o = only(build("b01-slugify"));
    assertThat(ids(o))
        .containsExactly(
            "OCIRepository/flux-system/team1",
            "OCIRepository/flux-system/team2",
            "HelmRelease/flux-system/team1",
            "HelmRelease/flux-system/team2");
    assertThat(at(o.get(0), "metadata", "labels", "app.kubernetes.io/version"))
        .isEqualTo("1-0-0-rc-0");
    assertThat(at(o.get(1), "metadata", "labels", "app.kubernetes.io/version")).isEqualTo("1-0-0");
    assertThat(at(o.get(0), "spec", "ref", "semver")).isEqualTo(">=1.0.0-rc.0");
    assertThat(YamlWriter.toYaml(o.get(0))).contains("semver: '>=1.0.0-rc.0'\n");
    assertThat(at(o.get(2), "metadata", "labels", "replicas")).isEqualTo("2");
    assertThat(at(o.get(2), "spec", "values", "replicas")).isEqualTo(2L);
    assertThat(YamlWriter.toYaml(o.get(2))).contains("replicas: \"2\"\n");
  }

  @Test
  void b02Dedup() throws IOException {
    assertThat(ids(only(build("b02-dedup"))))
        .containsExactly(
            "OCIRepository/flux-system/podinfo",
            "HelmRelease/flux-system/podinfo-team1",
            "HelmRelease/flux-system/podinfo-team2");
  }

  @Test
  void b03Exclude() throws IOException {
    List<Map<String, Object>> o = only(build("b03-exclude"));
    assertThat(ids(o))
        .containsExactly(
            "Namespace/sre",
            "Namespace/dev",
            "ServiceAccount/sre/flux-sre",
            "ServiceAccount/dev/flux-dev",
            "RoleBinding/sre/flux-sre",
            "RoleBinding/dev/flux-dev",
            "ClusterRoleBinding/flux-sre");
    assertThat(at(o.get(6), "metadata", "annotations", "fluxcd.controlplane.io/reconcile"))
        .isEqualTo("enabled");
    assertThat(YamlWriter.toYaml(o.get(6))).contains("subjects:\n- kind: ServiceAccount\n");
  }

  @Test
  void b04NoInputs() throws IOException {
    List<Map<String, Object>> o = only(build("b04-noinputs"));
    assertThat(ids(o)).containsExactly("Namespace/apps", "ConfigMap/apps/app-config");
    assertThat(YamlWriter.toYaml(o.get(1)))
        .isEqualTo(
            "apiVersion: v1\ndata:\n  env: production\n  zone: eu-west-1\nkind: ConfigMap\n"
                + "metadata:\n  name: app-config\n  namespace: apps\n");
  }

  @Test
  void b05NestedInputs() throws IOException {
    List<Map<String, Object>> o = only(build("b05-nestedinputs"));
    assertThat(ids(o)).containsExactly("ConfigMap/configmap1");
    assertThat(o.get(0).get("data")).isEqualTo(Map.of("k1", "v1", "k2", "v2"));
  }

  @Test
  void b06MultiDocTemplate() throws IOException {
    List<Map<String, Object>> o = only(build("b06-multi-doc-template"));
    assertThat(ids(o))
        .containsExactly(
            "OCIRepository/flux-system/addons",
            "Kustomization/flux-system/ingress-nginx",
            "Kustomization/flux-system/cert-manager",
            "OCIRepository/flux-system/apps",
            "Kustomization/flux-system/frontend",
            "Kustomization/flux-system/backend");
    assertThat(at(o.get(1), "spec", "decryption")).isNull();
    assertThat(at(o.get(2), "spec", "decryption")).isNull();
    for (int i = 4; i < 6; i++) {
      assertThat(at(o.get(i), "spec", "decryption", "provider")).isEqualTo("sops");
      assertThat(at(o.get(i), "spec", "decryption", "secretRef", "name")).isEqualTo("apps-sops");
    }
  }

  @Test
  void b07Empty() throws IOException {
    assertThat(only(build("b07-empty"))).isEmpty();
  }

  @Test
  void b08InvalidOutput() throws IOException {
    assertThat(errorOf("b08-invalid-output"))
        .contains(
            "failed to build resources[0]: failed to read object: error converting YAML to JSON");
  }

  @Test
  void b09MissingInputs() throws IOException {
    assertThat(errorOf("b09-missing-inputs"))
        .contains("<inputs>: map has no entry for key \"semver\"");
  }

  @Test
  void b10Steps() throws IOException {
    List<StepResult> r = build("b10-steps");
    assertThat(r)
        .extracting(StepResult::name)
        .containsExactly("pre-deploy", "deploy", "post-deploy", "cleanup");
    assertThat(ids(r.get(0).objects()))
        .containsExactly("Job/apps/db-migration-team1", "Job/apps/db-migration-team2");
    assertThat(ids(r.get(1).objects()))
        .containsExactly(
            "ConfigMap/apps/app-config",
            "ConfigMap/apps/app-config-team1",
            "ConfigMap/apps/app-config-team2");
    assertThat(at(r.get(1).objects().get(0), "data", "source")).isEqualTo("resources");
    assertThat(ids(r.get(2).objects())).containsExactly("Job/apps/smoke-test-team1");
    assertThat(
            at(
                r.get(2).objects().get(0),
                "metadata",
                "annotations",
                "fluxcd.controlplane.io/reconcile"))
        .isEqualTo("enabled");
    assertThat(r.get(3).objects()).isEmpty();
    assertThat(format(r)).endsWith("---\n# step: cleanup\n");
  }

  @Test
  void b11StepsNoInputs() throws IOException {
    List<StepResult> r = build("b11-steps-noinputs");
    assertThat(r).extracting(StepResult::name).containsExactly("pre-deploy", "deploy");
    assertThat(ids(r.get(0).objects())).containsExactly("Job/apps/db-migration");
    assertThat(ids(r.get(1).objects())).containsExactly("ConfigMap/apps/app-config");
  }

  @Test
  void b12StepsDuplicate() throws IOException {
    assertThat(errorOf("b12-steps-duplicate"))
        .isEqualTo(
            "duplicate resource ConfigMap/apps/app-config in step \"deploy\","
                + " already defined in step \"pre-deploy\"");
  }

  @Test
  void b13StepsDuplicateAcrossVersions() throws IOException {
    assertThat(errorOf("b13-steps-duplicate-group-versions"))
        .isEqualTo(
            "duplicate resource HelmRelease/apps/app in step \"deploy\","
                + " already defined in step \"pre-deploy\"");
  }

  @Test
  void b14StepWithoutResources() throws IOException {
    String want = "step \"deploy\": at least one of resources or resourcesTemplate must be set";
    assertThat(errorOf("b14-step-without-resources")).isEqualTo(want);
    TestSpecs.Manifest m = manifest("b14-step-without-resources");
    assertThatThrownBy(() -> SpecValidator.validate(m.spec()))
        .isInstanceOf(BuildException.class)
        .hasMessage(want);
  }

  @Test
  void b15IdenticalStaticResourcesInOneStep() throws IOException {
    List<StepResult> r = build("b15-step-identical-static");
    assertThat(r).extracting(StepResult::name).containsExactly("deploy");
    assertThat(ids(r.get(0).objects()))
        .containsExactly("ConfigMap/apps/app-config", "ConfigMap/apps/app-config");
    assertThat(r.get(0).objects().get(0)).isEqualTo(r.get(0).objects().get(1));
  }

  /** Every bNN case has a test above, a golden file and an oracle file. */
  @ParameterizedTest
  @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15})
  void everyCaseHasItsFiles(int n) throws IOException {
    String prefix = String.format("b%02d-", n);
    try (var files = Files.list(DIR)) {
      assertThat(files.map(p -> p.getFileName().toString()).filter(f -> f.startsWith(prefix)))
          .hasSize(3)
          .anyMatch(f -> f.endsWith(".yaml"))
          .anyMatch(f -> f.endsWith(".out"))
          .anyMatch(f -> f.endsWith(".golden"));
    }
  }
}

package io.rset.platform.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generator entries and positions other commands (validate) rely on, and lenient mode. */
class GeneratorEntriesTest {
  private static KustomizeResult build(Path dir, KustomizeOptions o) {
    return new Kustomizer(o).build(dir);
  }

  @Test
  void oneEntryPerKeyWithFinalNameAndPosition(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("charts"));
    Files.writeString(dir.resolve("charts/podinfo.yaml"), "replicaCount: 2\n");
    Files.writeString(dir.resolve("vars.env"), "A=1\nB=2\n");
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        """
        namespace: flux-system
        configMapGenerator:
        - name: platform-values
          files:
          - charts/podinfo.yaml
          - renamed.yaml=charts/podinfo.yaml
          literals:
          - lit=x
        secretGenerator:
        - name: vars
          envs:
          - vars.env
        """);
    KustomizeResult r = build(dir, KustomizeOptions.strict());
    Path k = dir.resolve("kustomization.yaml").toRealPath();
    Path chart = dir.resolve("charts/podinfo.yaml").toRealPath();
    String cmName = (String) meta(r.resources().get(0)).get("name");
    assertThat(cmName).startsWith("platform-values-").hasSize("platform-values-".length() + 10);
    assertThat(r.generatorEntries())
        .containsExactlyInAnyOrder(
            new GeneratorEntry(
                "ConfigMap",
                "platform-values",
                cmName,
                "flux-system",
                "podinfo.yaml",
                chart,
                k,
                5,
                5),
            new GeneratorEntry(
                "ConfigMap",
                "platform-values",
                cmName,
                "flux-system",
                "renamed.yaml",
                chart,
                k,
                6,
                5),
            new GeneratorEntry(
                "ConfigMap", "platform-values", cmName, "flux-system", "lit", null, k, 8, 5),
            new GeneratorEntry(
                "Secret",
                "vars",
                (String) meta(r.resources().get(1)).get("name"),
                "flux-system",
                "A",
                dir.resolve("vars.env").toRealPath(),
                k,
                12,
                5),
            new GeneratorEntry(
                "Secret",
                "vars",
                (String) meta(r.resources().get(1)).get("name"),
                "flux-system",
                "B",
                dir.resolve("vars.env").toRealPath(),
                k,
                12,
                5));
    assertThat(r.problems()).isEmpty();
    KResource cm = r.resources().get(0);
    assertThat(cm.file()).isEqualTo(k);
    assertThat(cm.line()).isEqualTo(3);
    assertThat(cm.column()).isEqualTo(3);
  }

  @Test
  void lenientModeRecordsMissingFilesAndOmitsTheKey(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("present.yaml"), "a: 1\n");
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        """
        configMapGenerator:
        - name: values
          files:
          - present.yaml
          - charts/missing.yaml
          envs:
          - missing.env
        """);
    assertThatThrownBy(() -> build(dir, KustomizeOptions.strict()))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("missing");
    KustomizeResult r = build(dir, new KustomizeOptions(true));
    Path k = dir.resolve("kustomization.yaml").toRealPath();
    assertThat(r.problems())
        .extracting(KustomizeProblem::file, KustomizeProblem::line, KustomizeProblem::column)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(k, 7, 5),
            org.assertj.core.groups.Tuple.tuple(k, 5, 5));
    assertThat(r.problems().get(1).message()).startsWith("generator file \"charts/missing.yaml\"");
    assertThat(r.resources()).hasSize(1);
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) r.resources().get(0).object().get("data");
    assertThat(data).containsOnlyKeys("present.yaml");
    assertThat(r.generatorEntries())
        .extracting(GeneratorEntry::key)
        .containsExactly("present.yaml", "missing.yaml");
    assertThat(r.generatorEntries().get(1).sourceFile())
        .isEqualTo(k.getParent().resolve("charts/missing.yaml"));
  }

  @Test
  void mergeBehaviorKeepsBaseKeysUnderTheMergedName(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("base"));
    Files.writeString(
        dir.resolve("base/kustomization.yaml"),
        "configMapGenerator:\n- name: cfg\n  literals: [a=1, b=1]\n");
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "resources: [base]\nconfigMapGenerator:\n- name: cfg\n  behavior: merge\n  literals: [b=2]\n"
            + "- name: other\n  behavior: create\n  literals: [c=3]\n");
    KustomizeResult r = build(dir, KustomizeOptions.strict());
    String merged = (String) meta(r.resources().get(0)).get("name");
    assertThat(r.generatorEntries())
        .extracting(GeneratorEntry::generatorName, GeneratorEntry::finalName, GeneratorEntry::key)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("cfg", merged, "a"),
            org.assertj.core.groups.Tuple.tuple("cfg", merged, "b"),
            org.assertj.core.groups.Tuple.tuple(
                "other", (String) meta(r.resources().get(1)).get("name"), "c"));
    GeneratorEntry b =
        r.generatorEntries().stream().filter(e -> e.key().equals("b")).findFirst().orElseThrow();
    assertThat(b.kustomizationFile()).isEqualTo(dir.resolve("kustomization.yaml").toRealPath());
  }

  @Test
  void replaceBehaviorDropsTheBaseKeys(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("base"));
    Files.writeString(
        dir.resolve("base/kustomization.yaml"),
        "configMapGenerator:\n- name: cfg\n  literals: [a=1]\n");
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "resources: [base]\nconfigMapGenerator:\n- name: cfg\n  behavior: replace\n  literals: [z=2]\n");
    KustomizeResult r = build(dir, KustomizeOptions.strict());
    assertThat(r.generatorEntries()).extracting(GeneratorEntry::key).containsExactly("z");
  }

  @Test
  void resourcePositionsAreWhereDocumentsStart(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("objs.yaml"),
        "# leading comment\napiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n\n"
            + "apiVersion: v1\nkind: Service\nmetadata:\n  name: b\n");
    Files.writeString(dir.resolve("kustomization.yaml"), "resources: [objs.yaml]\n");
    List<KResource> rs = build(dir, KustomizeOptions.strict()).resources();
    assertThat(rs).extracting(KResource::line).containsExactly(2, 8);
    assertThat(rs).extracting(KResource::column).containsExactly(1, 1);
    assertThat(rs.get(0).file()).isEqualTo(dir.resolve("objs.yaml").toRealPath());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> meta(KResource r) {
    return (Map<String, Object>) r.object().get("metadata");
  }
}

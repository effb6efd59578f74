package io.rset.platform.edit;

import static io.rset.platform.edit.Inserted.assertInserted;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PlatformAdd} on the {@code basic} platform: the exact lines each file gains, the files it
 * creates, and that nothing else in the directory changes.
 */
class PlatformAddTest {
  @TempDir Path tmp;

  static AddRequest request(Path dir, String name, String namespace, List<String> deps) {
    return new AddRequest(
        dir,
        name,
        namespace,
        name,
        "6.7.1",
        "oci://ghcr.io/stefanprodan/charts",
        deps,
        null,
        null,
        false,
        false,
        false);
  }

  static AddRequest with(
      AddRequest r, Path values, String schema, boolean config, boolean ns, boolean force) {
    return new AddRequest(
        r.dir(),
        r.name(),
        r.namespace(),
        r.chart(),
        r.version(),
        r.url(),
        r.dependsOn(),
        values,
        schema,
        config,
        ns,
        force);
  }

  @Test
  void addsAReleaseWithEveryOption() {
    Path dir = Fixtures.copy("basic", tmp);
    Map<String, String> before = Fixtures.snapshot(dir);
    AddRequest r =
        with(
            request(dir, "podinfo", "cert-manager", List.of("cert-manager")),
            null,
            "https://example.com/podinfo.schema.json",
            true,
            false,
            false);
    AddPlan plan = PlatformAdd.plan(r);
    assertThat(plan.changes())
        .extracting(FileChange::path, FileChange::summary)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "helm-charts.yaml", "added release \"podinfo\" (podinfo 6.7.1)"),
            org.assertj.core.groups.Tuple.tuple("versions.env", "added podinfo_version=6.7.1"),
            org.assertj.core.groups.Tuple.tuple("charts/podinfo.yaml", "created"),
            org.assertj.core.groups.Tuple.tuple(
                "kustomization.yaml", "registered charts/podinfo.yaml in platform-values"),
            org.assertj.core.groups.Tuple.tuple("config.yaml", "added config \"podinfo\""),
            org.assertj.core.groups.Tuple.tuple("config/podinfo/kustomization.yaml", "created"));
    plan.write();
    Map<String, String> after = Fixtures.snapshot(dir);

    assertInserted(
        before.get("helm-charts.yaml"),
        after.get("helm-charts.yaml"),
        37,
        "",
        "    - name: podinfo",
        "      namespace: cert-manager",
        "      chart:",
        "        name: podinfo",
        "        version: \"${podinfo_version}\"",
        "        url: oci://ghcr.io/stefanprodan/charts",
        "      dependsOn: [cert-manager]");
    assertInserted(
        before.get("versions.env"),
        after.get("versions.env"),
        10,
        "",
        "# renovate: datasource=docker depName=ghcr.io/stefanprodan/charts/podinfo",
        "podinfo_version=6.7.1");
    assertInserted(
        before.get("kustomization.yaml"),
        after.get("kustomization.yaml"),
        16,
        "      - charts/podinfo.yaml");
    assertInserted(
        before.get("config.yaml"),
        after.get("config.yaml"),
        20,
        "    - name: podinfo",
        "      namespace: cert-manager",
        "      path: ./kubernetes/platform/config/podinfo",
        "      dependsOn: [podinfo]");
    assertThat(after.get("charts/podinfo.yaml"))
        .isEqualTo("# yaml-language-server: $schema=https://example.com/podinfo.schema.json\n{}\n");
    assertThat(after.get("config/podinfo/kustomization.yaml"))
        .isEqualTo(
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources: []\n");
    // Nothing else changed or appeared.
    Map<String, String> rest = new java.util.TreeMap<>(after);
    List.of(
            "helm-charts.yaml",
            "versions.env",
            "kustomization.yaml",
            "config.yaml",
            "charts/podinfo.yaml",
            "config/podinfo/kustomization.yaml")
        .forEach(rest::remove);
    Map<String, String> restBefore = new java.util.TreeMap<>(before);
    List.of("helm-charts.yaml", "versions.env", "kustomization.yaml", "config.yaml")
        .forEach(restBefore::remove);
    assertThat(rest).isEqualTo(restBefore);
  }

  @Test
  void dryRunDiffIsUnifiedAndWritesNothing() {
    Path dir = Fixtures.copy("basic", tmp);
    Map<String, String> before = Fixtures.snapshot(dir);
    AddPlan plan = PlatformAdd.plan(request(dir, "podinfo", "cnpg-system", List.of()));
    assertThat(plan.diff())
        .isEqualTo(
            """
            --- a/helm-charts.yaml
            +++ b/helm-charts.yaml
            @@ -35,6 +35,14 @@
                     url: https://cloudnative-pg.github.io/charts
                   dependsOn: [cilium]
                   interval: 30m
            +
            +    - name: podinfo
            +      namespace: cnpg-system
            +      chart:
            +        name: podinfo
            +        version: "${podinfo_version}"
            +        url: oci://ghcr.io/stefanprodan/charts
            +      dependsOn: []
               resourcesTemplate: |
                 ---
                 apiVersion: source.toolkit.fluxcd.io/v1
            --- a/versions.env
            +++ b/versions.env
            @@ -8,3 +8,6 @@
            \s
             # renovate: datasource=helm depName=cloudnative-pg registryUrl=https://cloudnative-pg.github.io/charts
             cloudnative_pg_version=0.23.0
            +
            +# renovate: datasource=docker depName=ghcr.io/stefanprodan/charts/podinfo
            +podinfo_version=6.7.1
            --- /dev/null
            +++ b/charts/podinfo.yaml
            @@ -0,0 +1 @@
            +{}
            --- a/kustomization.yaml
            +++ b/kustomization.yaml
            @@ -14,3 +14,4 @@
                   - charts/cert-manager.yaml
                   - cilium.yaml=charts/cilium.yaml
                   - charts/cloudnative-pg.yaml
            +      - charts/podinfo.yaml
            """);
    assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
  }

  @Test
  void createNamespaceAddsItInTheFilesStyle() {
    Path dir = Fixtures.copy("basic", tmp);
    Map<String, String> before = Fixtures.snapshot(dir);
    PlatformAdd.plan(
            with(request(dir, "podinfo", "podinfo", List.of()), null, null, false, true, false))
        .write();
    assertInserted(
        before.get("namespaces.yaml"),
        Fixtures.read(dir.resolve("namespaces.yaml")),
        10,
        "    - name: podinfo");
  }

  @Test
  void builtInAndPlatformNamespacesNeedNoEntry() {
    Path dir = Fixtures.copy("basic", tmp);
    for (String ns : List.of("kube-system", "flux-system", "default")) {
      AddPlan plan = PlatformAdd.plan(request(dir, "p-" + ns, ns, List.of()));
      assertThat(plan.changes()).extracting(FileChange::path).doesNotContain("namespaces.yaml");
    }
  }

  @Test
  void forceAcceptsAnUnknownDependency() {
    Path dir = Fixtures.copy("basic", tmp);
    AddPlan plan =
        PlatformAdd.plan(
            with(
                request(dir, "podinfo", "cnpg-system", List.of("external")),
                null,
                null,
                false,
                false,
                true));
    assertThat(plan.changes().get(0).after()).contains("      dependsOn: [external]\n");
  }

  @Test
  void existingVersionVariableWithTheSameValueIsReused() {
    Path dir = Fixtures.copy("basic", tmp);
    Fixtures.write(
        dir.resolve("versions.env"),
        Fixtures.read(dir.resolve("versions.env")) + "podinfo_version=6.7.1\n");
    AddPlan plan = PlatformAdd.plan(request(dir, "podinfo", "cnpg-system", List.of()));
    assertThat(plan.changes()).extracting(FileChange::path).doesNotContain("versions.env");
    assertThat(plan.changes().get(0).after()).contains("version: \"${podinfo_version}\"");
  }

  @Test
  void aVersionGivenAsAVariableIsWrittenAsItIs() {
    Path dir = Fixtures.copy("basic", tmp);
    AddPlan plan =
        PlatformAdd.plan(
            new AddRequest(
                dir,
                "podinfo",
                "cnpg-system",
                "podinfo",
                "${shared_version}",
                "https://stefanprodan.github.io/podinfo",
                List.of(),
                null,
                null,
                false,
                false,
                false));
    assertThat(plan.changes()).extracting(FileChange::path).doesNotContain("versions.env");
    assertThat(plan.changes().get(0).after()).contains("version: \"${shared_version}\"");
  }

  @Test
  void valuesFromAFileKeepItsContentAndReplaceItsSchemaHeader() {
    Path dir = Fixtures.copy("basic", tmp);
    Path values = tmp.resolve("values.yaml");
    Fixtures.write(values, "# yaml-language-server: $schema=old.json\nreplicaCount: 2\n");
    PlatformAdd.plan(
            with(
                request(dir, "podinfo", "cnpg-system", List.of()),
                values,
                "https://example.com/new.json",
                false,
                false,
                false))
        .write();
    assertThat(Fixtures.read(dir.resolve("charts/podinfo.yaml")))
        .isEqualTo(
            "# yaml-language-server: $schema=https://example.com/new.json\nreplicaCount: 2\n");
    Fixtures.write(values, "replicaCount: 3\n");
    Path dir2 = Fixtures.copy("basic", tmp.resolve("second"));
    PlatformAdd.plan(
            with(
                request(dir2, "podinfo", "cnpg-system", List.of()),
                values,
                null,
                false,
                false,
                false))
        .write();
    assertThat(Fixtures.read(dir2.resolve("charts/podinfo.yaml"))).isEqualTo("replicaCount: 3\n");
  }

  @Test
  void anExistingValuesFileIsKept() {
    Path dir = Fixtures.copy("basic", tmp);
    Fixtures.write(dir.resolve("charts/podinfo.yaml"), "image: x\n");
    AddPlan plan = PlatformAdd.plan(request(dir, "podinfo", "cnpg-system", List.of()));
    assertThat(plan.changes()).extracting(FileChange::path).doesNotContain("charts/podinfo.yaml");
    plan.write();
    assertThat(Fixtures.read(dir.resolve("charts/podinfo.yaml"))).isEqualTo("image: x\n");
  }
}

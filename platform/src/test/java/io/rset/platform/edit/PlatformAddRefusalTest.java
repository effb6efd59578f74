package io.rset.platform.edit;

import static io.rset.platform.edit.PlatformAddTest.request;
import static io.rset.platform.edit.PlatformAddTest.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every refusal of {@link PlatformAdd}: the exact message, and the directory is unchanged (the plan
 * is written when one is returned, so a refusal that came too late would show).
 */
class PlatformAddRefusalTest {
  @TempDir Path tmp;
  private Path dir;
  private Map<String, String> before;

  @BeforeEach
  void copy() {
    dir = Fixtures.copy("basic", tmp);
    before = Fixtures.snapshot(dir);
  }

  private void refused(AddRequest r, String message) {
    assertThatThrownBy(() -> PlatformAdd.plan(r).write())
        .isInstanceOf(EditException.class)
        .hasMessage(message);
    assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
  }

  private AddRequest plain(String name, String ns, List<String> deps) {
    return request(dir, name, ns, deps);
  }

  @Test
  void duplicateName() {
    refused(
        plain("cert-manager", "cnpg-system", List.of()),
        "helm-charts.yaml:22:13: release \"cert-manager\" already exists");
  }

  @Test
  void unknownDependencyWithSuggestion() {
    refused(
        plain("podinfo", "cnpg-system", List.of("cert-manger")),
        "unknown dependency \"cert-manger\" (did you mean \"cert-manager\"?): no release of that"
            + " name in helm-charts.yaml; use --force to add it anyway");
    refused(
        plain("podinfo", "cnpg-system", List.of("cillium", "redis")),
        "unknown dependencies \"cillium\" (did you mean \"cilium\"?), \"redis\": no release of that"
            + " name in helm-charts.yaml; use --force to add it anyway");
  }

  @Test
  void namespaceNotCreated() {
    refused(
        plain("podinfo", "podinfo", List.of()),
        "namespace \"podinfo\" is not created by namespaces.yaml; add --create-namespace to add it"
            + " there");
    refused(
        plain("podinfo", "cnpg-sytem", List.of()),
        "namespace \"cnpg-sytem\" is not created by namespaces.yaml (did you mean \"cnpg-system\"?);"
            + " add --create-namespace to add it there");
  }

  @Test
  void invalidNames() {
    refused(
        plain("Podinfo", "cnpg-system", List.of()),
        "invalid release name \"Podinfo\": must be a DNS-1123 label (at most 63 lowercase letters,"
            + " digits and '-', starting and ending with a letter or digit)");
    refused(
        plain("pod_info", "cnpg-system", List.of()),
        "invalid release name \"pod_info\": must be a DNS-1123 label (at most 63 lowercase letters,"
            + " digits and '-', starting and ending with a letter or digit)");
    refused(
        plain("x".repeat(64), "cnpg-system", List.of()),
        "invalid release name \""
            + "x".repeat(64)
            + "\": must be a DNS-1123 label (at most 63 lowercase letters, digits and '-', starting"
            + " and ending with a letter or digit)");
    refused(
        plain("podinfo", "-ns", List.of()),
        "invalid namespace \"-ns\": must be a DNS-1123 label (at most 63 lowercase letters, digits"
            + " and '-', starting and ending with a letter or digit)");
    refused(
        plain("podinfo", "cnpg-system", List.of("podinfo")),
        "release \"podinfo\" cannot depend on itself");
  }

  @Test
  void invalidUrls() {
    AddRequest r = plain("podinfo", "cnpg-system", List.of());
    refused(
        new AddRequest(
            dir,
            "podinfo",
            "cnpg-system",
            "podinfo",
            "1.0.0",
            "ghcr.io/x/charts",
            List.of(),
            null,
            null,
            false,
            false,
            false),
        "invalid --url \"ghcr.io/x/charts\": must start with one of http://, https://, oci://");
    refused(
        new AddRequest(
            dir,
            "podinfo",
            "cnpg-system",
            "podinfo",
            "1.0.0",
            "https://",
            List.of(),
            null,
            null,
            false,
            false,
            false),
        "invalid --url \"https://\": is not a URL (Expected authority)");
    refused(
        new AddRequest(
            dir,
            "podinfo",
            "cnpg-system",
            "podinfo",
            "1.0.0",
            "https:///charts",
            List.of(),
            null,
            null,
            false,
            false,
            false),
        "invalid --url \"https:///charts\": has no host");
    refused(
        with(r, null, "oci://x/schema.json", false, false, false),
        "invalid --schema-url \"oci://x/schema.json\": must start with one of http://, https://");
    refused(
        new AddRequest(
            dir,
            "podinfo",
            "cnpg-system",
            "podinfo",
            "1.0 .0",
            "https://x",
            List.of(),
            null,
            null,
            false,
            false,
            false),
        "invalid --version \"1.0 .0\": must not contain spaces");
  }

  @Test
  void versionVariableSetToAnotherVersion() {
    Fixtures.write(
        dir.resolve("versions.env"),
        Fixtures.read(dir.resolve("versions.env")) + "podinfo_version=6.0.0\n");
    before = Fixtures.snapshot(dir);
    refused(
        plain("podinfo", "cnpg-system", List.of()),
        "versions.env:11:1: podinfo_version is already 6.0.0; use --version 6.0.0 or change it there");
  }

  @Test
  void noVersionsEnvForVariables() {
    java.io.File f = dir.resolve("versions.env").toFile();
    assertThat(f.delete()).isTrue();
    before = Fixtures.snapshot(dir);
    refused(
        plain("podinfo", "cnpg-system", List.of()),
        "helm-charts.yaml writes versions as ${var} but there is no versions.env in "
            + dir
            + " or its parent; give --version as ${name} yourself");
  }

  @Test
  void valuesThatAreNotAMapping() {
    Path values = tmp.resolve("values.yaml");
    Fixtures.write(values, "- a\n- b\n");
    refused(
        with(plain("podinfo", "cnpg-system", List.of()), values, null, false, false, false),
        values + ": Helm values must be one YAML mapping");
    Fixtures.write(values, "a: [\n");
    refused(
        with(plain("podinfo", "cnpg-system", List.of()), values, null, false, false, false),
        values + ":2:1: yaml: did not find expected node content");
  }

  @Test
  void existingValuesFileWithOtherContent() {
    Fixtures.write(dir.resolve("charts/podinfo.yaml"), "image: x\n");
    before = Fixtures.snapshot(dir);
    refused(
        with(
            plain("podinfo", "cnpg-system", List.of()),
            null,
            "https://example.com/s.json",
            false,
            false,
            false),
        "charts/podinfo.yaml: already exists; remove it, or leave out --values and --schema-url to"
            + " keep it");
  }

  @Test
  void valuesKeyTakenByAnotherFile() {
    Fixtures.write(
        dir.resolve("kustomization.yaml"),
        Fixtures.read(dir.resolve("kustomization.yaml"))
            + "      - podinfo.yaml=charts/old.yaml\n");
    before = Fixtures.snapshot(dir);
    refused(
        plain("podinfo", "cnpg-system", List.of()),
        "kustomization.yaml: key podinfo.yaml of platform-values is already taken by"
            + " \"podinfo.yaml=charts/old.yaml\"");
  }

  @Test
  void duplicateConfigAndExistingDirectory() {
    String config = Fixtures.read(dir.resolve("config.yaml"));
    Fixtures.write(
        dir.resolve("config.yaml"),
        config.replace(
            "  resourcesTemplate:",
            "    - name: podinfo\n      namespace: x\n      path: ./p\n  resourcesTemplate:"));
    before = Fixtures.snapshot(dir);
    refused(
        with(plain("podinfo", "cnpg-system", List.of()), null, null, true, false, false),
        "config.yaml:21:13: config \"podinfo\" already exists");
    Fixtures.write(dir.resolve("config.yaml"), config);
    Fixtures.write(dir.resolve("config/redis/secret.yaml"), "kind: Secret\n");
    before = Fixtures.snapshot(dir);
    refused(
        with(plain("redis", "cnpg-system", List.of()), null, null, true, false, false),
        "config/redis: exists but has no kustomization.yaml; add one by hand");
  }

  @Test
  void notAPlatformDirectory() {
    refused(
        request(dir.resolve("charts"), "podinfo", "cnpg-system", List.of()),
        dir.resolve("charts").resolve("kustomization.yaml")
            + ": no such file (is this a platform directory?)");
    refused(
        request(dir.resolve("nope"), "podinfo", "cnpg-system", List.of()),
        dir.resolve("nope") + ": not a directory");
  }

  @Test
  void brokenYamlIsReportedWithItsPosition() {
    Fixtures.write(dir.resolve("helm-charts.yaml"), "kind: ResourceSet\nspec:\n  inputs: [\n");
    before = Fixtures.snapshot(dir);
    refused(
        plain("podinfo", "cnpg-system", List.of()),
        "helm-charts.yaml:4:1: yaml: did not find expected node content");
    Fixtures.write(dir.resolve("helm-charts.yaml"), "kind: Kustomization\n");
    before = Fixtures.snapshot(dir);
    refused(plain("podinfo", "cnpg-system", List.of()), "helm-charts.yaml: has no ResourceSet");
  }

  @Test
  void aTemplateTheNewInputBreaks() {
    String releases = Fixtures.read(dir.resolve("helm-charts.yaml"));
    Fixtures.write(
        dir.resolve("helm-charts.yaml"),
        releases
            .replace(
                "<< get inputs \"interval\" | default \"1h\" >>\n      url:",
                "<< inputs.interval >>\n      url:")
            .replace("      dependsOn: []\n\n", "      dependsOn: []\n      interval: 1h\n\n")
            .replace(
                "      dependsOn: [cilium]\n\n",
                "      dependsOn: [cilium]\n      interval: 1h\n\n"));
    before = Fixtures.snapshot(dir);
    assertThatThrownBy(() -> PlatformAdd.plan(plain("podinfo", "cnpg-system", List.of())))
        .isInstanceOf(EditException.class)
        .hasMessageStartingWith(
            "helm-charts.yaml: with the new entry the ResourceSet no longer builds: failed to"
                + " build resources: failed to execute multi-doc YAML template: template:"
                + " resourceset:8:15: executing \"resourceset\" at <inputs>: map has no entry for"
                + " key \"interval\"\n"
                + "  at helm-charts.yaml:2:1: ResourceSet flux-system/platform-resources,"
                + " resourcesTemplate, input set #3, template line 8, column 16");
    assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aNamespaceTemplateThatNeedsMoreThanTheName() {
    String ns = Fixtures.read(dir.resolve("namespaces.yaml"));
    Fixtures.write(
        dir.resolve("namespaces.yaml"),
        ns.replace(
                "    - name: cert-manager\n",
                "    - name: cert-manager\n      podSecurity: restricted\n")
            .replace(
                "(get inputs \"podSecurity\" | default \"restricted\")", "inputs.podSecurity"));
    before = Fixtures.snapshot(dir);
    assertThatThrownBy(
            () ->
                PlatformAdd.plan(
                    with(plain("podinfo", "podinfo", List.of()), null, null, false, true, false)))
        .isInstanceOf(EditException.class)
        .hasMessageStartingWith(
            "namespaces.yaml: with the new entry the ResourceSet no longer builds:")
        .hasMessageContaining("map has no entry for key \"podSecurity\"");
    assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
  }

  @Test
  void aFileChangedBetweenPlanAndWrite() {
    AddPlan plan = PlatformAdd.plan(plain("podinfo", "cnpg-system", List.of()));
    Fixtures.write(dir.resolve("kustomization.yaml"), "changed: true\n");
    before = Fixtures.snapshot(dir);
    assertThatThrownBy(plan::write)
        .isInstanceOf(EditException.class)
        .hasMessage("kustomization.yaml: was changed meanwhile; nothing was changed");
    assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
  }
}

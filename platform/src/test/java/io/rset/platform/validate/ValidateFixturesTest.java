package io.rset.platform.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every rule against its broken platform under {@code src/test/resources/validate/<rule>/} (each a
 * copy of {@code clean/} with one kind of mistake): the code, the severity, the file, line and
 * column, and the key words of the message and the fix.
 */
class ValidateFixturesTest {
  private static final Path ROOT = Path.of("src/test/resources/validate");

  static ValidationReport validate(String fixture) {
    return PlatformValidator.validate(ValidateOptions.of(ROOT.resolve(fixture)));
  }

  /** The one finding of {@code code} at {@code file:line:column} (file relative to the fixture). */
  static Finding at(ValidationReport r, String code, String file, int line, int column) {
    List<Finding> hits =
        r.findings().stream()
            .filter(f -> f.rule().code().equals(code))
            .filter(f -> f.file() != null && f.file().equals(r.dir().resolve(file)))
            .filter(f -> f.line() == line && f.column() == column)
            .toList();
    assertThat(hits).as("%s at %s:%d:%d in %s", code, file, line, column, r.findings()).hasSize(1);
    return hits.get(0);
  }

  static List<String> codes(ValidationReport r) {
    return r.findings().stream().map(f -> f.rule().code()).toList();
  }

  @Test
  void cleanPlatformHasNoFindings() {
    ValidationReport r = validate("clean");
    assertThat(r.findings()).isEmpty();
    assertThat(r.exitCode()).isZero();
    assertThat(r.objects()).isEqualTo(12);
  }

  @Test
  void valuesKeyNotFoundPointsAtTheInputAndNamesTheEntryToAdd() {
    ValidationReport r = validate("values-key-not-found");
    Finding f = at(r, "RSET001", "helm-charts.yaml", 19, 7);
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.message())
        .contains("HelmRelease/flux-system/podinfo", "input \"podinfo\"", "key \"podinfo.yaml\"")
        .contains("ConfigMap flux-system/platform-values", "template: helm-charts.yaml:62");
    assertThat(f.fix())
        .isEqualTo(
            "add \"charts/podinfo.yaml\" to configMapGenerator \"platform-values\""
                + " (kustomization.yaml:13) and create charts/podinfo.yaml");
    assertThat(codes(r)).containsExactly("RSET001");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void generatorFileMissingSuggestsTheCloseFile() {
    ValidationReport r = validate("generator-file-missing");
    Finding f = at(r, "RSET002", "kustomization.yaml", 14, 9);
    assertThat(f.message()).contains("charts/podinf.yaml", "does not exist");
    assertThat(f.fix()).isEqualTo("did you mean charts/podinfo.yaml?");
    // the entry exists, so the key is not reported as missing as well
    assertThat(codes(r)).doesNotContain("RSET001", "RSET019");
  }

  @Test
  void unusedValuesFileIsAWarning() {
    ValidationReport r = validate("unused-values-file");
    Finding f = at(r, "RSET003", "charts/grafana.yaml", 1, 1);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(codes(r)).containsExactly("RSET003");
    assertThat(r.exitCode()).isZero();
  }

  @Test
  void unknownDependencyIsAWarningWithDidYouMeanAndAnErrorWhenStrict() {
    ValidationReport r = validate("unknown-dependency");
    Finding f = at(r, "RSET004", "helm-charts.yaml", 25, 19);
    assertThat(f.severity()).isEqualTo(Severity.WARNING);
    assertThat(f.message()).contains("depends on HelmRelease/flux-system/cert-manger");
    assertThat(f.fix()).isEqualTo("did you mean \"cert-manager\"?");
    assertThat(r.exitCode()).isZero();

    ValidationReport strict =
        PlatformValidator.validate(
            new ValidateOptions(ROOT.resolve("unknown-dependency"), null, List.of(), null, true));
    assertThat(strict.findings())
        .singleElement()
        .extracting(Finding::severity)
        .isEqualTo(Severity.ERROR);
    assertThat(strict.exitCode()).isEqualTo(1);
  }

  @Test
  void dependencyCyclesArePrintedAsPathsForReleasesAndResourceSets() {
    ValidationReport r = validate("dependency-cycle");
    Finding releases = at(r, "RSET005", "helm-charts.yaml", 18, 19);
    assertThat(releases.message())
        .startsWith(
            "dependency cycle: HelmRelease/flux-system/cert-manager →"
                + " HelmRelease/flux-system/podinfo → HelmRelease/flux-system/cert-manager;");
    Finding sets = at(r, "RSET005", "namespaces.yaml", 7, 7);
    assertThat(sets.message())
        .startsWith(
            "dependency cycle: ResourceSet/flux-system/platform-namespaces →"
                + " ResourceSet/flux-system/platform-resources →"
                + " ResourceSet/flux-system/platform-namespaces;");
    assertThat(codes(r)).containsExactly("RSET005", "RSET005");
  }

  @Test
  void namespaceNotFoundInInputsAndInFollowedKustomizations() {
    ValidationReport r = validate("namespace-not-found");
    Finding input = at(r, "RSET006", "helm-charts.yaml", 20, 7);
    assertThat(input.message()).contains("namespace \"podinf\"", "spec.targetNamespace");
    assertThat(input.fix()).startsWith("did you mean \"podinfo\"?");
    Finding file = at(r, "RSET006", "config/podinfo/configmap.yaml", 5, 3);
    assertThat(file.message())
        .contains("namespace \"monitoring\"", "ConfigMap/monitoring/podinfo-extra");
    assertThat(codes(r)).containsExactly("RSET006", "RSET006");
  }

  @Test
  void duplicateYamlKeysReportBothLines() {
    ValidationReport r = validate("duplicate-yaml-key");
    Finding values = at(r, "RSET007", "charts/podinfo.yaml", 4, 3);
    assertThat(values.message()).contains("duplicate key \"enabled\" (first at line 3:3)");
    Finding manifest = at(r, "RSET007", "helm-charts.yaml", 21, 7);
    assertThat(manifest.fix()).contains("lines 20 and 21");
    // kustomize's own rejection of the same key is not reported twice
    assertThat(codes(r)).containsExactly("RSET007", "RSET007");
  }

  @Test
  void duplicateReleaseNamesAndTheirCollision() {
    ValidationReport r = validate("duplicate-release-name");
    Finding name = at(r, "RSET008", "helm-charts.yaml", 26, 7);
    assertThat(name.message()).contains("two input sets named \"podinfo\" (first at line 19)");
    Finding collision = at(r, "RSET009", "helm-charts.yaml", 26, 7);
    assertThat(collision.message()).contains("HelmRelease/flux-system/podinfo differently");
  }

  @Test
  void objectCollisionBetweenInputsIsReportedAtTheSecondInput() {
    ValidationReport r = validate("object-collision");
    Finding f = at(r, "RSET009", "helm-charts.yaml", 20, 7);
    assertThat(f.message())
        .contains(
            "input \"podinfo\"",
            "renders HelmRepository/flux-system/charts differently from input \"cert-manager\"");
    assertThat(codes(r)).containsExactly("RSET009");
  }

  @Test
  void ociUrls() {
    ValidationReport r = validate("oci-url");
    assertThat(at(r, "RSET010", "helm-charts.yaml", 17, 9).fix())
        .isEqualTo("use url oci://quay.io/jetstack/charts");
    assertThat(at(r, "RSET011", "helm-charts.yaml", 24, 9).fix())
        .isEqualTo("use url oci://ghcr.io/stefanprodan/charts and spec.type: oci");
    assertThat(at(r, "RSET012", "repositories.yaml", 8, 3).message())
        .contains("type: oci but url https://charts.bitnami.com/bitnami");
    assertThat(at(r, "RSET012", "repositories.yaml", 16, 3).message())
        .contains("oci:// url but no type");
    assertThat(codes(r)).hasSize(4);
  }

  @Test
  void substitutionRules() {
    ValidationReport r = validate("substitution");
    assertThat(at(r, "RSET015", "charts/podinfo.yaml", 2, 21).message())
        .startsWith("${image_tag%-*} is a bash parameter expansion");
    assertThat(at(r, "RSET013", "charts/podinfo.yaml", 3, 11).message())
        .isEqualTo(
            "variable \"log_level\" is used but no vars source defines it (cluster.env,"
                + " versions.env)");
    assertThat(at(r, "RSET016", "config.yaml", 11, 15).message())
        .startsWith("${HOSTNAME} in an embedded script");
    assertThat(at(r, "RSET015", "config.yaml", 12, 15).message()).startsWith("${name:1:2}");
    assertThat(at(r, "RSET014", "config.yaml", 13, 13).message())
        .contains("${release-name}", "missing closing brace");
    assertThat(codes(r)).hasSize(5);
  }

  @Test
  void undefinedVariablesAreCheckedPerCluster() {
    Path dir = ROOT.resolve("cluster-vars");
    ValidationReport r =
        PlatformValidator.validate(
            new ValidateOptions(
                dir,
                List.of(dir.resolve("versions.env")),
                List.of(dir.resolve("cluster.env"), dir.resolve("clusters/staging.env")),
                null,
                false));
    Finding f = at(r, "RSET013", "charts/podinfo.yaml", 5, 21);
    assertThat(f.message())
        .isEqualTo(
            "variable \"internal_domain\" is used but it is not defined for cluster"
                + " clusters/staging.env");
    assertThat(codes(r)).containsExactly("RSET013");
  }

  @Test
  void templateErrorsNameTheInputSetAndTheTemplateLine() {
    ValidationReport r = validate("template-error");
    Finding f = at(r, "RSET017", "helm-charts.yaml", 33, 15);
    assertThat(f.message())
        .startsWith("ResourceSet flux-system/platform-resources, input set #1 (\"podinfo\"): ")
        .contains("map has no entry for key \"url\"")
        .endsWith("template line 33: url: << inputs.chart.url >>");
    assertThat(f.fix()).startsWith("add \"url\" to input \"podinfo\"");
    assertThat(codes(r)).containsExactly("RSET017");
  }

  @Test
  void kustomizationPathThatDoesNotExist() {
    ValidationReport r = validate("kustomization-path");
    Finding f = at(r, "RSET018", "config.yaml", 8, 7);
    assertThat(f.message()).contains("config-podinfo", "'./config/podinfo-typo' does not exist");
    assertThat(codes(r)).containsExactly("RSET018");
  }
}

package io.rset.platform.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.core.yaml.YamlReader;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportFormatTest {
  static final ValidationReport REPORT =
      new ValidationReport(
          Path.of("platform"),
          List.of(
              new Finding(
                  Rule.UNKNOWN_DEPENDENCY,
                  Severity.WARNING,
                  Path.of("platform/helm-charts.yaml"),
                  25,
                  19,
                  "HelmRelease/flux-system/a depends on HelmRelease/flux-system/b",
                  "did you mean \"c\"?"),
              new Finding(
                  Rule.VALUES_KEY_NOT_FOUND,
                  Severity.ERROR,
                  Path.of("platform/my charts/a b.yaml"),
                  3,
                  1,
                  "key <x> & \"y\" ${z%w}",
                  ""),
              new Finding(Rule.BUILD_ERROR, Severity.ERROR, null, 0, 0, "no place", "fix it"),
              new Finding(
                  Rule.UNUSED_VALUES_FILE,
                  Severity.WARNING,
                  Path.of("platform/charts/x.yaml"),
                  0,
                  0,
                  "unused",
                  "delete it")),
          7);

  @Test
  void textListsFindingsInFileOrderWithFixesAndASummary() {
    assertThat(ReportFormat.TEXT.render(REPORT, "1.0"))
        .isEqualTo(
            "error RSET019: no place\n"
                + "  fix: fix it\n"
                + "platform/charts/x.yaml: warning RSET003: unused\n"
                + "  fix: delete it\n"
                + "platform/helm-charts.yaml:25:19: warning RSET004: HelmRelease/flux-system/a"
                + " depends on HelmRelease/flux-system/b\n"
                + "  fix: did you mean \"c\"?\n"
                + "platform/my charts/a b.yaml:3:1: error RSET001: key <x> & \"y\" ${z%w}\n"
                + "✗ platform: 2 errors, 2 warnings\n");
    assertThat(REPORT.exitCode()).isEqualTo(1);
  }

  @Test
  void textSummaryWhenClean() {
    ValidationReport clean = new ValidationReport(Path.of("p"), List.of(), 1);
    assertThat(ReportFormat.TEXT.render(clean, "1.0")).isEqualTo("✔ p: no findings (1 object)\n");
    assertThat(clean.exitCode()).isZero();
  }

  @Test
  void jsonHasEveryField() {
    Map<String, Object> root = parse(ReportFormat.JSON.render(REPORT, "1.0"));
    assertThat(root)
        .containsEntry("dir", "platform")
        .containsEntry("errors", 2L)
        .containsEntry("warnings", 2L)
        .containsEntry("objects", 7L);
    List<Object> findings = list(root.get("findings"));
    assertThat(findings).hasSize(4);
    assertThat(map(findings.get(2)))
        .containsEntry("code", "RSET004")
        .containsEntry("rule", "unknown-dependency")
        .containsEntry("severity", "warning")
        .containsEntry("file", "platform/helm-charts.yaml")
        .containsEntry("line", 25L)
        .containsEntry("column", 19L)
        .containsEntry("fix", "did you mean \"c\"?");
    assertThat(map(findings.get(0))).containsEntry("file", null);
  }

  /**
   * The SARIF 2.1.0 structure (OASIS schema): required properties, enums, ruleId/ruleIndex
   * consistency, 1-based regions only when known, URI references.
   */
  @Test
  void sarifIsAValidSarif210Log() {
    Map<String, Object> log = parse(ReportFormat.SARIF.render(REPORT, "1.2.3"));
    assertThat(log.get("version")).isEqualTo("2.1.0");
    assertThat(log.get("$schema")).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
    List<Object> runs = list(log.get("runs"));
    assertThat(runs).hasSize(1);
    Map<String, Object> run = map(runs.get(0));
    Map<String, Object> driver = map(map(run.get("tool")).get("driver"));
    assertThat(driver).containsEntry("name", "rset").containsEntry("version", "1.2.3");
    List<Object> rules = list(driver.get("rules"));
    assertThat(rules).hasSize(Rule.values().length);
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      Map<String, Object> r = map(rules.get(i));
      assertThat(r.get("id")).isEqualTo(Rule.values()[i].code());
      assertThat(ids.add((String) r.get("id"))).isTrue();
      assertThat(map(r.get("shortDescription")).get("text")).asString().isNotEmpty();
      assertThat(map(r.get("defaultConfiguration")).get("level")).isIn("warning", "error");
      assertThat((String) r.get("helpUri")).startsWith("https://");
    }
    List<Object> results = list(run.get("results"));
    assertThat(results).hasSize(4);
    for (Object o : results) {
      Map<String, Object> r = map(o);
      int index = ((Long) r.get("ruleIndex")).intValue();
      assertThat(map(rules.get(index)).get("id")).isEqualTo(r.get("ruleId"));
      assertThat(r.get("level")).isIn("none", "note", "warning", "error");
      assertThat(map(r.get("message")).get("text")).asString().isNotEmpty();
    }
    Map<String, Object> withRegion = map(results.get(2));
    Map<String, Object> physical =
        map(map(list(withRegion.get("locations")).get(0)).get("physicalLocation"));
    assertThat(map(physical.get("artifactLocation")))
        .containsEntry("uri", "platform/helm-charts.yaml");
    assertThat(map(physical.get("region")))
        .containsEntry("startLine", 25L)
        .containsEntry("startColumn", 19L);
    assertThat(map(map(withRegion.get("message"))).get("text"))
        .isEqualTo(
            "HelmRelease/flux-system/a depends on HelmRelease/flux-system/b. Fix: did you mean"
                + " \"c\"?");
    // a finding without a file has no location; one without a line has no region
    assertThat(map(results.get(0))).doesNotContainKey("locations");
    Map<String, Object> noLine =
        map(map(list(map(results.get(1)).get("locations")).get(0)).get("physicalLocation"));
    assertThat(noLine).doesNotContainKey("region");
    Map<String, Object> spaced =
        map(map(list(map(results.get(3)).get("locations")).get(0)).get("physicalLocation"));
    assertThat(map(spaced.get("artifactLocation")))
        .containsEntry("uri", "platform/my%20charts/a%20b.yaml");
  }

  @Test
  void sarifUris() {
    assertThat(SarifReport.uri(Path.of("a:b/c.yaml"))).isEqualTo("./a:b/c.yaml");
    assertThat(SarifReport.uri(Path.of("/tmp/x y.yaml"))).isEqualTo("file:///tmp/x%20y.yaml");
  }

  private static Map<String, Object> parse(String json) {
    return map(new YamlReader().readSingle("report.json", json).toValue());
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return (Map<String, Object>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object o) {
    return (List<Object>) o;
  }
}

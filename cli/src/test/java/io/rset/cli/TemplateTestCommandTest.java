package io.rset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code rset template test} end to end. The golden reports hold Go's outputs and errors as "got"
 * (taken from the gotmpl-oracle), so they also check the engine.
 */
class TemplateTestCommandTest {
  private static final String DIR = "src/test/resources/cases/";

  @Test
  void passingCasesPrintOnlyTheSummary() {
    CliRun run = CliRun.of("template", "test", DIR + "pass.yaml");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("test-pass", run);
  }

  @Test
  void failingCasesPrintADiffEachAndExit1() {
    CliRun run = CliRun.of("template", "test", DIR + "fail.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("test-fail", run);
  }

  @Test
  void directoriesAreSearchedRecursivelyInSortedOrder() {
    CliRun run = CliRun.of("template", "test", DIR + "dir");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("test-directory", run);
  }

  @Test
  void severalPathsAddUp() {
    CliRun run = CliRun.of("template", "test", DIR + "pass.yaml", DIR + "dir/a.yaml");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEqualTo("5 passed, 0 failed\n");
  }

  @Test
  void missingPathIsAnError() {
    CliRun run = CliRun.of("template", "test", DIR + "nope");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("test-missing-path", run);
  }

  @Test
  void invalidCaseNamesFileAndCase() {
    CliRun run = CliRun.of("template", "test", DIR + "invalid.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("test-invalid-case", run);
  }

  @Test
  void yamlSyntaxErrorNamesLineAndColumn() {
    CliRun run = CliRun.of("template", "test", DIR + "syntax.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("test-yaml-syntax", run);
  }

  @Test
  void noPathIsAUsageError() {
    CliRun run = CliRun.of("template", "test");
    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches("test-usage-no-path", run);
  }
}

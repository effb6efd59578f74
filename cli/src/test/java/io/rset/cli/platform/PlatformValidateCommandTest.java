package io.rset.cli.platform;

import static io.rset.cli.platform.PlatformGolden.FIXTURES;
import static io.rset.cli.platform.PlatformGolden.assertMatches;
import static io.rset.cli.platform.PlatformGolden.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.rset.cli.platform.PlatformGolden.Run;
import io.rset.platform.validate.Rule;
import org.junit.jupiter.api.Test;

/** {@code rset platform validate} end to end: output (golden files) and exit codes. */
class PlatformValidateCommandTest {
  @Test
  void cleanPlatformExitsZeroWithASummary() {
    Run r = run("platform", "validate", FIXTURES + "clean");
    assertThat(r.exitCode()).isZero();
    assertMatches("validate-clean", r);
  }

  @Test
  void errorsExitOne() {
    Run r = run("platform", "validate", FIXTURES + "values-key-not-found");
    assertThat(r.exitCode()).isEqualTo(1);
    assertMatches("validate-values-key-not-found", r);
  }

  @Test
  void warningsAloneExitZeroUnlessStrict() {
    Run lenient = run("platform", "validate", FIXTURES + "unknown-dependency");
    assertThat(lenient.exitCode()).isZero();
    assertMatches("validate-unknown-dependency", lenient);
    Run strict = run("platform", "validate", "--strict", FIXTURES + "unknown-dependency");
    assertThat(strict.exitCode()).isEqualTo(1);
    assertMatches("validate-unknown-dependency-strict", strict);
  }

  @Test
  void jsonOutput() {
    Run r = run("platform", "validate", "-o", "json", FIXTURES + "substitution");
    assertThat(r.exitCode()).isEqualTo(1);
    assertMatches("validate-substitution-json", r);
  }

  @Test
  void sarifOutput() {
    Run r = run("platform", "validate", "--output=sarif", FIXTURES + "oci-url");
    assertThat(r.exitCode()).isEqualTo(1);
    // the driver version follows the build's version; the golden file says VERSION
    String out =
        r.out().replaceFirst("\"version\": \"(?!2\\.1\\.0\")[^\"]*\"", "\"version\": \"VERSION\"");
    assertThat(out).contains("\"version\": \"VERSION\"", "\"version\": \"2.1.0\"");
    assertMatches("validate-oci-url-sarif", new Run(r.exitCode(), out, r.err()));
  }

  @Test
  void clusterVarsAreCheckedPerCluster() {
    String dir = FIXTURES + "cluster-vars";
    Run r =
        run(
            "platform",
            "validate",
            dir,
            "--vars",
            dir + "/versions.env",
            "--cluster-vars",
            dir + "/cluster.env",
            "--cluster-vars",
            dir + "/clusters/staging.env");
    assertThat(r.exitCode()).isEqualTo(1);
    assertMatches("validate-cluster-vars", r);
  }

  @Test
  void missingDirectoryOrFileIsAnError() {
    Run r = run("platform", "validate", "no-such-dir");
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.err()).isEqualTo("✗ no-such-dir: not a directory\n");
    Run vars = run("platform", "validate", FIXTURES + "clean", "--vars", "missing.env");
    assertThat(vars.exitCode()).isEqualTo(1);
    assertThat(vars.err()).isEqualTo("✗ missing.env: no such file\n");
  }

  @Test
  void usageErrorsExitTwo() {
    Run r = run("platform", "validate", "-o", "xml", FIXTURES + "clean");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("-o", "xml");
    assertThat(run("platform", "validate").exitCode()).isEqualTo(2);
  }

  @Test
  void helpListsEveryRule() {
    Run r = run("platform", "validate", "--help");
    assertThat(r.exitCode()).isZero();
    for (Rule rule : Rule.values()) {
      assertThat(r.out()).contains("  " + rule.code() + "  " + rule.severity().label());
    }
    assertThat(r.out()).contains("${x%y}", "${var}");
    assertMatches("validate-help", r);
  }
}

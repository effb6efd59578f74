package io.rset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code rset template render} end to end. Rendered outputs in the golden files come from Go (the
 * gotmpl-oracle), error texts are rset's own.
 */
class TemplateRenderCommandTest {
  private static final String DIR = "src/test/resources/render/";

  @Test
  void rendersFileWithYamlInputs() {
    CliRun run =
        CliRun.of(
            "template",
            "render",
            "-f",
            DIR + "release.tmpl",
            "--inputs",
            DIR + "release-inputs.yaml");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("render-file", run);
  }

  @Test
  void rendersFileWithJsonInputs() {
    CliRun run =
        CliRun.of(
            "template",
            "render",
            "--file",
            DIR + "release.tmpl",
            "--inputs",
            DIR + "release-inputs.json");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("render-inputs-json", run);
  }

  @Test
  void readsTemplateFromStdin() throws IOException {
    String template = Files.readString(Path.of(DIR + "release.tmpl"));
    CliRun run =
        CliRun.withStdin(
            template, "template", "render", "-f", "-", "--inputs", DIR + "release-inputs.yaml");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("render-stdin", run);
  }

  @Test
  void readsInputsFromStdin() throws IOException {
    String inputs = Files.readString(Path.of(DIR + "release-inputs.yaml"));
    CliRun run =
        CliRun.withStdin(inputs, "template", "render", "-f", DIR + "release.tmpl", "--inputs", "-");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("render-stdin", run);
  }

  @Test
  void usesCustomDelimiters() {
    CliRun run =
        CliRun.of(
            "template",
            "render",
            "-f",
            DIR + "brackets.tmpl",
            "--inputs",
            DIR + "who.yaml",
            "--delims",
            "[[,]]");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("render-delims", run);
  }

  @Test
  void rendersWithoutInputs() {
    CliRun run = CliRun.of("template", "render", "-f", DIR + "no-inputs.tmpl");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("render-no-inputs", run);
  }

  @Test
  void missingTemplateFileIsAnError() {
    CliRun run = CliRun.of("template", "render", "-f", DIR + "nope.tmpl");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("render-missing-file", run);
  }

  @Test
  void missingInputsFileIsAnError() {
    CliRun run =
        CliRun.of("template", "render", "-f", DIR + "release.tmpl", "--inputs", DIR + "nope.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("render-missing-inputs", run);
  }

  @Test
  void badYamlNamesFileLineAndColumn() {
    CliRun run =
        CliRun.of("template", "render", "-f", DIR + "release.tmpl", "--inputs", DIR + "bad.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("render-bad-yaml", run);
  }

  @Test
  void duplicateInputKeysLastOneWinsAsInKubernetes() {
    // sigs.k8s.io/yaml (go-yaml v2) keeps the last of duplicate keys; Flux builds the same way.
    CliRun run =
        CliRun.of(
            "template", "render", "-f", DIR + "name.tmpl", "--inputs", DIR + "duplicate.yaml");
    assertThat(run.exitCode()).isEqualTo(0);
    Golden.assertMatches("render-duplicate-key", run);
  }

  @Test
  void inputsMustBeAMapping() {
    CliRun run =
        CliRun.of("template", "render", "-f", DIR + "release.tmpl", "--inputs", DIR + "list.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("render-inputs-not-mapping", run);
  }

  @Test
  void templateParseErrorIsGosMessage() {
    CliRun run = CliRun.of("template", "render", "-f", DIR + "parse-error.tmpl");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("render-parse-error", run);
  }

  @Test
  void templateExecErrorIsGosMessageAndPrintsNoPartialOutput() {
    CliRun run =
        CliRun.of(
            "template",
            "render",
            "-f",
            DIR + "exec-error.tmpl",
            "--inputs",
            DIR + "name-only.yaml");
    assertThat(run.exitCode()).isEqualTo(1);
    Golden.assertMatches("render-exec-error", run);
  }

  @Test
  void missingFileOptionIsAUsageError() {
    CliRun run = CliRun.of("template", "render");
    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches("render-usage-missing-file", run);
  }

  @Test
  void badDelimsAreAUsageError() {
    CliRun run = CliRun.of("template", "render", "-f", DIR + "release.tmpl", "--delims", "<<");
    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches("render-usage-bad-delims", run);
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("template", "render", "-f", DIR + "release.tmpl", "--input", "x");
    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches("render-usage-unknown-option", run);
  }
}

package io.rset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The root command: help, version, completion and usage errors. */
class RsetCommandTest {

  @Test
  void helpListsTheCommands() {
    CliRun run = CliRun.of("--help");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("rset-help", run);
  }

  @Test
  void templateHelpListsItsSubcommands() {
    CliRun run = CliRun.of("template", "--help");
    assertThat(run.exitCode()).isZero();
    Golden.assertMatches("template-help", run);
  }

  @Test
  void versionNamesTheBuild() {
    CliRun run = CliRun.of("--version");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).matches("rset \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?\n");
    assertThat(run.err()).isEmpty();
  }

  @Test
  void completionPrintsABashScript() {
    CliRun run = CliRun.of("completion");
    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("#!/usr/bin/env bash")
        .contains("complete -F _complete_rset")
        .contains("template")
        .contains("render");
  }

  @Test
  void noSubcommandIsAUsageError() {
    CliRun run = CliRun.of();
    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches("rset-no-subcommand", run);
  }

  @Test
  void misspelledSubcommandSuggestsTheRightOne() {
    CliRun run = CliRun.of("template", "rendr");
    assertThat(run.exitCode()).isEqualTo(2);
    Golden.assertMatches("template-misspelled", run);
  }
}

package io.rset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

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

  @Test
  void eachSubcommandIsListedUnderItsOwnName() {
    RsetCommand.SUBCOMMANDS.forEach(
        (name, type) -> assertThat(type.getAnnotation(Command.class).name()).isEqualTo(name));
  }

  @Test
  void aCommandLineRegistersOnlyTheSubcommandItNames() {
    assertThat(subcommands("platform", "build", "dir").keySet()).containsExactly("platform");
    assertThat(subcommands("--help", "why", "x").keySet()).containsExactly("why");
    assertThat(subcommands("--version")).isEmpty();
    assertThat(subcommands("--help").keySet())
        .containsAll(RsetCommand.SUBCOMMANDS.keySet())
        .contains("completion");
    assertThat(subcommands("platfrom", "build").keySet()).hasSize(15);
  }

  @Test
  void eachGroupSubcommandIsListedUnderItsOwnNameAndAliases() {
    RsetCommand.GROUPS.forEach(
        (group, subs) ->
            subs.forEach(
                (name, type) -> {
                  Command c = type.getAnnotation(Command.class);
                  assertThat(c.name()).isEqualTo(name);
                  for (String alias : c.aliases()) {
                    assertThat(RsetCommand.ALIASES.get(group)).containsEntry(alias, name);
                  }
                }));
    RsetCommand.ALIASES.forEach(
        (group, aliases) ->
            aliases.forEach(
                (alias, name) ->
                    assertThat(
                            RsetCommand.GROUPS
                                .get(group)
                                .get(name)
                                .getAnnotation(Command.class)
                                .aliases())
                        .contains(alias)));
  }

  @Test
  void aGroupRegistersOnlyTheSubcommandTheCommandLineNames() {
    assertThat(subcommands("platform", "build", "dir").get("platform").getSubcommands().keySet())
        .containsExactly("build");
    assertThat(subcommands("build", "rs", "-f", "x").get("build").getSubcommands())
        .containsOnlyKeys("rset", "resourceset", "rs");
    assertThat(subcommands("template", "--help").get("template").getSubcommands().keySet())
        .containsExactly("render", "test");
    assertThat(subcommands("platform", "-h", "graph").get("platform").getSubcommands().keySet())
        .containsExactly("graph");
    assertThat(subcommands("platform", "grph").get("platform").getSubcommands()).hasSize(4);
  }

  @Test
  void aMisspelledRootSubcommandSuggestsTheRightOne() {
    CliRun run = CliRun.of("platfrom", "build");
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("Unmatched argument").contains("platform");
  }

  private static Map<String, CommandLine> subcommands(String... args) {
    PrintWriter none = new PrintWriter(new StringWriter());
    return Main.commandLine(new ByteArrayInputStream(new byte[0]), none, none, args)
        .getSubcommands();
  }
}

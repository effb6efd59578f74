package io.rset.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rset template test}: runs case files (the conformance-corpus format) and reports each
 * failing case with a diff, then {@code N passed, M failed}. Exit code 1 when any case fails.
 */
@Command(
    name = "test",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Run template test cases from case files.",
      "A case file is a YAML sequence of cases {name, template, [delims], [inputs],",
      "want | wantError [wantErrorPrefix]}, the format of the conformance corpus.",
      "Prints a diff for each failing case, then 'N passed, M failed'; exits 1 on any failure."
    })
public final class TemplateTestCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "PATH",
      description = "Case files, or directories searched recursively for *.yaml files.")
  private List<String> paths;

  @Override
  public Integer call() {
    RsetCommand root = (RsetCommand) spec.root().userObject();
    Set<Path> files = new LinkedHashSet<>();
    for (String p : paths) {
      files.addAll(CaseFiles.find(p));
    }
    List<TemplateCase> cases = new ArrayList<>();
    for (Path f : files) {
      cases.addAll(CaseFiles.load(f, root.stdin()));
    }
    PrintWriter out = spec.commandLine().getOut();
    int passed = 0;
    int failed = 0;
    for (TemplateCase c : cases) {
      CaseOutcome outcome = CaseRunner.run(c);
      if (outcome.satisfies(c)) {
        passed++;
        continue;
      }
      failed++;
      for (String line : FailureReport.lines(c, outcome)) {
        out.println(line);
      }
      out.println();
    }
    out.println(passed + " passed, " + failed + " failed");
    out.flush();
    return failed == 0 ? 0 : ErrorHandler.ERROR;
  }
}

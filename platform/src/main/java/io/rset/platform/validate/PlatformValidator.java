package io.rset.platform.validate;

import io.rset.platform.build.PlatformBuild;
import io.rset.platform.build.PlatformBuildException;
import io.rset.platform.build.PlatformBuildOptions;
import io.rset.platform.build.PlatformBuildResult;
import io.rset.platform.build.VarsFiles;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * {@code rset platform validate}: builds the platform leniently (every problem collected) and runs
 * every {@link Check} over the result. The first vars set's build is the one checked; every set's
 * variables are used by the substitution rules.
 */
public final class PlatformValidator {
  private static final List<Check> CHECKS =
      List.of(
          new BuildProblemCheck(),
          new DuplicateKeyCheck(),
          new ValuesCheck(),
          new DependencyCheck(),
          new NamespaceCheck(),
          new ReleaseCheck(),
          new OciCheck(),
          new SubstitutionCheck(),
          new KustomizationPathCheck());

  private PlatformValidator() {}

  /** Validates {@code options.dir()}. Never throws for problems of the platform itself. */
  public static ValidationReport validate(ValidateOptions options) {
    List<List<Path>> sets = options.varsSets();
    if (sets.isEmpty()) {
      sets = List.of(VarsFiles.discover(options.dir()));
    }
    PlatformBuildResult first = null;
    List<VarsSet> vars = new ArrayList<>();
    for (List<Path> files : sets) {
      PlatformBuildResult r = build(options, files);
      vars.add(new VarsSet(files, r.vars()));
      if (first == null) {
        first = r;
      }
    }
    return check(options, first, vars);
  }

  /** Runs the checks over a build result (for tests and callers that built already). */
  static ValidationReport check(
      ValidateOptions options, PlatformBuildResult build, List<VarsSet> vars) {
    ValidationContext ctx = new ValidationContext(options.dir(), build, vars);
    List<Finding> findings = new ArrayList<>();
    for (Check c : CHECKS) {
      c.run(ctx, findings);
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : new LinkedHashSet<>(findings)) {
      out.add(
          options.strict() && f.severity() == Severity.WARNING
              ? f.withSeverity(Severity.ERROR)
              : f);
    }
    return new ValidationReport(options.dir(), out, build.objects().size());
  }

  private static PlatformBuildResult build(ValidateOptions options, List<Path> varsFiles) {
    try {
      return PlatformBuild.run(
          new PlatformBuildOptions(
              options.dir(), varsFiles, options.providerFiles(), false, true, true));
    } catch (PlatformBuildException e) {
      return new PlatformBuildResult(List.of(), List.of(), List.of(e.problem()), Map.of());
    }
  }
}

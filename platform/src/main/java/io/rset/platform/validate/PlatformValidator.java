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
          new SubstitutionCheck());

  private PlatformValidator() {}

  /** Validates {@code options.dir()}. Never throws for problems of the platform itself. */
  public static ValidationReport validate(ValidateOptions options) {
    List<List<Path>> sets = options.varsSets(VarsFiles.discover(options.dir()));
    PlatformBuildResult first = null;
    List<VarsSet> vars = new ArrayList<>();
    for (List<Path> files : sets) {
      PlatformBuildResult r = build(options, files);
      vars.add(
          new VarsSet(
              files,
              options.clusterVarsFiles().isEmpty() ? null : files.get(files.size() - 1),
              r.vars()));
      if (first == null) {
        first = r;
      }
    }
    return check(options, first, vars);
  }

  /** Runs the checks over a build result (for tests and callers that built already). */
  static ValidationReport check(
      ValidateOptions options, PlatformBuildResult build, List<VarsSet> vars) {
    ValidationContext ctx =
        new ValidationContext(options.dir(), build, vars, options.providerFiles());
    List<Finding> findings = new ArrayList<>();
    for (Check c : CHECKS) {
      c.run(ctx, findings);
    }
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      Severity sev =
          options.strict() && f.severity() == Severity.WARNING ? Severity.ERROR : f.severity();
      out.add(
          new Finding(
              f.rule(),
              sev,
              display(options.dir(), f.file()),
              f.line(),
              f.column(),
              f.message(),
              f.fix()));
    }
    return new ValidationReport(
        options.dir(), List.copyOf(new LinkedHashSet<>(out)), build.objects().size());
  }

  /**
   * A finding's file as the user would recognise it. With a relative platform directory: a file
   * inside it is that directory as written plus the file's path in it ({@code
   * ../platform/helm-charts.yaml}); another file is relative to the working directory when below
   * it. Otherwise absolute.
   */
  static Path display(Path dir, Path file) {
    if (file == null) {
      return null;
    }
    Path abs = file.toAbsolutePath().normalize();
    if (dir.isAbsolute()) {
      return abs;
    }
    Path absDir = dir.toAbsolutePath().normalize();
    if (abs.startsWith(absDir)) {
      return dir.normalize().resolve(absDir.relativize(abs));
    }
    Path cwd = Path.of("").toAbsolutePath().normalize();
    return abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
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

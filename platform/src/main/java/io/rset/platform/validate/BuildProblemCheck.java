package io.rset.platform.validate;

import io.rset.platform.build.BuildProblem;
import io.rset.platform.kustomize.KustomizeResult;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The problems the lenient build collected, as findings: ResourceSet problems are {@link
 * Rule#TEMPLATE_ERROR} (with the input set and the template line), {@code spec.path} problems
 * {@link Rule#KUSTOMIZATION_PATH}, everything else {@link Rule#BUILD_ERROR}. Problems another rule
 * reports more precisely are left to it: substitution problems ({@link SubstitutionCheck}) and
 * missing generator files ({@link ValuesCheck}).
 */
final class BuildProblemCheck implements Check {
  private static final Pattern MISSING_KEY =
      Pattern.compile("map has no entry for key \"([^\"]*)\"");

  @Override
  public void run(ValidationContext ctx, List<Finding> out) {
    for (BuildProblem p : ctx.build().problems()) {
      Location at = new Location(p.file(), p.line(), p.column());
      switch (p.code()) {
        case BuildProblem.RESOURCESET -> out.add(template(ctx, p, at));
        case BuildProblem.KUSTOMIZATION_PATH ->
            out.add(
                Finding.of(
                    Rule.KUSTOMIZATION_PATH,
                    pathLocation(ctx, p, at),
                    p.message(),
                    "point spec.path at a directory of the repository (relative to its root) that"
                        + " holds a kustomization.yaml"));
        case BuildProblem.UNSUPPORTED ->
            out.add(
                Finding.of(
                    Rule.UNSUPPORTED,
                    at,
                    p.message(),
                    "nothing to fix in the platform; check what rset could not model by hand"));
        case BuildProblem.SUBSTITUTION -> {
          if (p.file() == null || !scanned(ctx).contains(p.file().toAbsolutePath().normalize())) {
            out.add(
                Finding.of(Rule.SUBSTITUTION_SYNTAX, at, p.message(), SubstitutionCheck.ESCAPE));
          }
        }
        default -> {
          if (!missingGeneratorFile(ctx, p) && !duplicateKey(ctx, p)) {
            out.add(Finding.of(Rule.BUILD_ERROR, at, p.message(), "fix the problem named"));
          }
        }
      }
    }
  }

  private static final Pattern KUSTOMIZATION_ID =
      Pattern.compile("^Kustomization ([^/\\s]+)/([^:\\s]+): spec\\.path '([^']*)'");

  /**
   * The {@code spec.path} of the Kustomization a path problem names: in its document, or in the
   * input set that rendered it; the problem's own place when it cannot be found.
   */
  private static Location pathLocation(ValidationContext ctx, BuildProblem p, Location at) {
    Matcher m = KUSTOMIZATION_ID.matcher(p.message());
    if (!m.find()) {
      return at;
    }
    io.rset.platform.build.PlatformObject o =
        ctx.object(
            new io.rset.core.graph.NodeId(
                io.rset.core.graph.FluxDependencies.KUSTOMIZE_GROUP,
                "Kustomization",
                m.group(1),
                m.group(2)));
    if (o == null) {
      return at;
    }
    if (o.origin() == null || o.origin().resourceSet() == null) {
      return ctx.locate(o, "spec", "path");
    }
    String path = m.group(3);
    Location exact = ctx.inputValueLocation(o.origin(), path);
    String bare = path.replaceFirst("^\\./", "");
    return exact.equals(ctx.inputLocation(o.origin(), null)) && !bare.equals(path)
        ? ctx.inputValueLocation(o.origin(), bare)
        : exact;
  }

  private java.util.Set<java.nio.file.Path> scanned;

  private java.util.Set<java.nio.file.Path> scanned(ValidationContext ctx) {
    if (scanned == null) {
      scanned = SubstitutionCheck.scannedFiles(ctx);
    }
    return scanned;
  }

  private static Finding template(ValidationContext ctx, BuildProblem p, Location at) {
    StringBuilder m = new StringBuilder();
    if (p.resourceSet() != null) {
      m.append("ResourceSet ").append(p.resourceSet());
      if (p.inputIndex() != null) {
        m.append(", input set #").append(p.inputIndex());
        if (p.inputName() != null) {
          m.append(" (\"").append(p.inputName()).append("\")");
        }
      }
      m.append(": ");
    }
    m.append(p.message().lines().findFirst().orElse(""));
    if (p.line() > 0 && p.file() != null) {
      SourceFile f = ctx.source(p.file());
      String line = f == null ? "" : f.line(p.line()).strip();
      if (!line.isEmpty()) {
        m.append("; template line ").append(p.line()).append(": ").append(line);
      }
    }
    Matcher k = MISSING_KEY.matcher(p.message());
    String fix =
        k.find()
            ? "add \""
                + k.group(1)
                + "\" to "
                + (p.inputName() != null ? "input \"" + p.inputName() + "\"" : "every input set")
                + ", or read it as optional: get inputs \""
                + k.group(1)
                + "\" | default ... (inputs."
                + k.group(1)
                + " | default fails before default runs)"
            : "fix the template or the input set";
    return Finding.of(Rule.TEMPLATE_ERROR, at, m.toString(), fix);
  }

  /** True when the problem is a duplicate key {@link DuplicateKeyCheck} reports. */
  private static boolean duplicateKey(ValidationContext ctx, BuildProblem p) {
    if (p.file() == null || p.line() <= 0 || !p.message().contains("already")) {
      return false;
    }
    SourceFile f = ctx.source(p.file());
    return f != null
        && DuplicateKeyScanner.scan(f.text()).stream().anyMatch(d -> d.line() == p.line());
  }

  /** True when {@link ValuesCheck} reports this problem as a missing generator file. */
  private static boolean missingGeneratorFile(ValidationContext ctx, BuildProblem p) {
    if (!BuildProblem.KUSTOMIZE.equals(p.code()) || p.file() == null) {
      return false;
    }
    java.nio.file.Path file = p.file().toAbsolutePath().normalize();
    for (KustomizeResult k : ctx.build().kustomizations()) {
      for (io.rset.platform.kustomize.GeneratorEntry e : k.generatorEntries()) {
        if (e.line() == p.line()
            && e.column() == p.column()
            && e.kustomizationFile().toAbsolutePath().normalize().equals(file)
            && e.sourceFile() != null
            && !java.nio.file.Files.isRegularFile(e.sourceFile())) {
          return true;
        }
      }
    }
    return false;
  }
}

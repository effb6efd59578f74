package io.rset.platform.build;

import io.rset.gotemplate.fmt.GoStrconv;
import io.rset.platform.kustomize.GeneratorEntry;
import io.rset.platform.substitute.PostBuildSubstitution;
import io.rset.platform.substitute.SubstitutionException;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Applies a unit's post-build substitution to its objects and turns failures into problems located
 * in the sources: the line of the {@code ${var}} in the manifest, or in the file a generated
 * ConfigMap/Secret key was read from, or the vars file line of an invalid variable name.
 */
final class Substituter {
  private final Problems problems;
  private final SourceText sources;
  private final boolean strict;

  Substituter(Problems problems, SourceText sources, boolean strict) {
    this.problems = problems;
    this.sources = sources;
    this.strict = strict;
  }

  /** The substituted object; the object itself when nothing applies or substitution failed. */
  Map<String, Object> apply(
      Map<String, Object> object, UnitVars unit, Origin origin, List<GeneratorEntry> entries) {
    if (!unit.runs()) {
      return object;
    }
    while (true) {
      try {
        if (!problems.lenient() || !strict) {
          return PostBuildSubstitution.apply(object, unit.vars(), strict, null);
        }
        Set<String> missing = new LinkedHashSet<>();
        Map<String, Object> out =
            PostBuildSubstitution.apply(object, unit.vars(), true, (n, off) -> missing.add(n));
        for (String name : missing) {
          String message =
              "post build failed for '"
                  + PostBuildSubstitution.describe(object)
                  + "': envsubst error: variable substitution failed: variable not set (strict"
                  + " mode): "
                  + GoStrconv.quote(name);
          report(message, place(object, origin, entries, "${" + name, name), null);
        }
        return out;
      } catch (SubstitutionException e) {
        String var = e.variable();
        if (var != null && !PostBuildSubstitution.validName(var) && unit.vars().containsKey(var)) {
          Origin at = unit.origin(var);
          report(e.getMessage(), new SourceText.Place(at.file(), at.line(), at.column()), e);
          unit.vars().remove(var); // lenient: report once per unit, go on without it
          if (!unit.runs()) {
            return object;
          }
          continue;
        }
        String needle = e.fragment() != null ? e.fragment() : null;
        report(e.getMessage(), place(object, origin, entries, needle, var), e);
        return object;
      }
    }
  }

  private void report(String message, SourceText.Place at, Throwable cause) {
    problems.report(
        new BuildProblem(
            BuildProblem.SUBSTITUTION,
            at.file(),
            at.line(),
            at.column(),
            message,
            null,
            null,
            null),
        cause);
  }

  /**
   * Where the failing text is: in the files a generated object's keys come from, else in the
   * object's own document, else the object's origin.
   */
  private SourceText.Place place(
      Map<String, Object> object,
      Origin origin,
      List<GeneratorEntry> entries,
      String fragment,
      String variable) {
    if (fragment != null) {
      String kind = String.valueOf(object.get("kind"));
      Map<?, ?> meta = object.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
      GeneratorEntry literal = null;
      boolean generated = false;
      for (GeneratorEntry g : entries) {
        if (!kind.equals(g.kind()) || !Objects.equals(g.finalName(), meta.get("name"))) {
          continue;
        }
        generated = true;
        if (g.sourceFile() == null) {
          literal = literal == null ? g : literal;
          continue;
        }
        SourceText.Place p = search(g.sourceFile(), 1, Integer.MAX_VALUE, fragment, variable);
        if (p != null) {
          return p;
        }
      }
      if (generated && literal != null) {
        SourceText.Place p =
            search(
                literal.kustomizationFile(),
                literal.line(),
                literal.line() + 1,
                fragment,
                variable);
        return p != null
            ? p
            : new SourceText.Place(literal.kustomizationFile(), literal.line(), literal.column());
      }
      if (!generated && origin.file() != null && origin.line() > 0) {
        SourceText.Place p =
            search(
                origin.file(),
                origin.line(),
                sources.documentEnd(origin.file(), origin.line()),
                fragment,
                variable);
        if (p != null) {
          return p;
        }
      }
    }
    return new SourceText.Place(origin.file(), origin.line(), origin.column());
  }

  private SourceText.Place search(Path file, int from, int to, String fragment, String variable) {
    if (variable != null && PostBuildSubstitution.validName(variable)) {
      SourceText.Place p = sources.findVariable(file, from, to, variable);
      if (p != null) {
        return p;
      }
    }
    return sources.findFragment(file, from, to, fragment);
  }
}

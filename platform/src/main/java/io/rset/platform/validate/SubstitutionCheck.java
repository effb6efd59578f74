package io.rset.platform.validate;

import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
import io.rset.platform.build.PlatformObject;
import io.rset.platform.kustomize.GeneratorEntry;
import io.rset.platform.kustomize.KResource;
import io.rset.platform.kustomize.KustomizeResult;
import io.rset.platform.substitute.Envsubst;
import io.rset.platform.substitute.EnvsubstException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The substitution rules over the texts Flux post-build-substitutes when it applies the platform
 * directory: every string value of the directory's manifests (comments are gone after kustomize)
 * and the whole text of every generator file (it becomes ConfigMap/Secret data, comments included).
 * Objects labelled or annotated {@code kustomize.toolkit.fluxcd.io/substitute: disabled} are
 * skipped, as Flux skips them. Each text goes through the envsubst port ({@link Envsubst}):
 *
 * <ul>
 *   <li>{@link Rule#SUBSTITUTION_SYNTAX}: text envsubst cannot parse ({@code ${x-y}}, {@code
 *       ${!x}}, {@code ${x[@]}}...); Flux fails the whole Kustomization.
 *   <li>{@link Rule#SHELL_EXPANSION}: a bash operator form ({@code ${x%y}}, {@code ${x/a/b}},
 *       {@code ${#x}}, {@code ${x^^}}, {@code ${x:1:2}}...) of a variable no vars set defines: Flux
 *       evaluates it (to an empty or wrong value, or fails in strict mode).
 *   <li>{@link Rule#UNESCAPED_SCRIPT_VARIABLE}: a plain {@code ${VAR}} of an embedded script
 *       (multi-line value with a shebang, a script-like key or shell statements; a {@code .sh}
 *       generator file) that no vars set defines.
 *   <li>{@link Rule#UNDEFINED_VARIABLE}: any other {@code ${var}} without a default that some vars
 *       set does not define; with several sets the finding names the sets lacking it.
 * </ul>
 *
 * Followed Kustomizations ({@code config/<name>/}) are substituted with their own {@code
 * postBuild}; they are not scanned here (the build reports their syntax errors).
 */
final class SubstitutionCheck implements Check {
  static final String ESCAPE = "escape it as $${...} so Flux leaves it alone";
  private static final Set<String> KUSTOMIZATION_FILES =
      Set.of("kustomization.yaml", "kustomization.yml", "Kustomization");
  static final String DISABLED_KEY = "kustomize.toolkit.fluxcd.io/substitute";

  private static final Set<String> SCRIPT_KEYS =
      Set.of("script", "scripts", "command", "args", "run", "entrypoint", "cmd", "exec");
  private static final Pattern SHELL_LINE =
      Pattern.compile(
          "(?m)^\\s*(set -[euxo]|export \\w|if \\[|for \\w+ in |while |echo |then$|fi$|done$)");

  /** One undefined variable at one place, and the sets that lack it. */
  private record Missing(Location at, String name, Rule rule, String expression) {}

  @Override
  public void run(ValidationContext ctx, List<Finding> out) {
    Map<Missing, List<Integer>> missing = new LinkedHashMap<>();
    for (Text t : texts(ctx)) {
      scan(ctx, t, missing, out);
    }
    int sets = ctx.varsSets().size();
    for (Map.Entry<Missing, List<Integer>> e : missing.entrySet()) {
      Missing m = e.getKey();
      List<Integer> lacking = e.getValue();
      String where;
      if (sets <= 1) {
        where =
            "no vars source defines it ("
                + (sets == 0 ? "no vars files" : ctx.varsSets().get(0).label(ctx::relative))
                + ")";
      } else {
        StringBuilder b = new StringBuilder();
        for (int i : lacking) {
          Path cluster = ctx.varsSets().get(i).cluster();
          b.append(b.isEmpty() ? "" : ", ").append(cluster == null ? "?" : ctx.relative(cluster));
        }
        where =
            (lacking.size() == sets
                    ? "no vars source defines it for any cluster ("
                    : "it is not defined for cluster" + (lacking.size() == 1 ? " " : "s "))
                + b
                + (lacking.size() == sets ? ")" : "");
      }
      out.add(finding(m, where));
    }
  }

  private static Finding finding(Missing m, String where) {
    return switch (m.rule()) {
      case SHELL_EXPANSION ->
          Finding.of(
              m.rule(),
              m.at(),
              m.expression()
                  + " is a bash parameter expansion of \""
                  + m.name()
                  + "\", which Flux substitutes: "
                  + where,
              ESCAPE);
      case UNESCAPED_SCRIPT_VARIABLE ->
          Finding.of(
              m.rule(),
              m.at(),
              m.expression()
                  + " in an embedded script is substituted by Flux (to an empty value, or a"
                  + " failure in strict mode): "
                  + where,
              ESCAPE + ", or define the variable if Flux should fill it in");
      default ->
          Finding.of(
              m.rule(),
              m.at(),
              "variable \"" + m.name() + "\" is used but " + where,
              "define "
                  + m.name()
                  + " in the vars files (or the cluster's postBuild), or give a default: ${"
                  + m.name()
                  + ":=value}");
    };
  }

  /**
   * One substituted text: a string value of a manifest (with the scalar it came from) or a whole
   * generator file.
   */
  private record Text(SourceFile file, String value, YamlScalar scalar, boolean script) {}

  /** The files whose texts this check scans. */
  static Set<Path> scannedFiles(ValidationContext ctx) {
    Set<Path> out = new HashSet<>();
    for (Text t : texts(ctx)) {
      out.add(t.file().path().toAbsolutePath().normalize());
    }
    return out;
  }

  private static List<Text> texts(ValidationContext ctx) {
    List<Text> out = new ArrayList<>();
    if (ctx.build().kustomizations().isEmpty()) {
      return out;
    }
    KustomizeResult top = ctx.build().kustomizations().get(0);
    Set<String> disabled = disabledGeneratedObjects(ctx);
    Set<Path> generatedFrom = new LinkedHashSet<>();
    Set<Path> kustomizationFiles = new HashSet<>();
    for (GeneratorEntry e : top.generatorEntries()) {
      kustomizationFiles.add(e.kustomizationFile().toAbsolutePath().normalize());
      if (e.sourceFile() != null
          && Files.isRegularFile(e.sourceFile())
          && !disabled.contains(e.kind() + "/" + e.namespace() + "/" + e.finalName())
          && !disabled.contains(e.kind() + "/null/" + e.finalName())) {
        generatedFrom.add(e.sourceFile());
      }
    }
    Set<Path> manifests = new LinkedHashSet<>();
    for (KResource r : top.resources()) {
      if (r.file() != null
          && !kustomizationFiles.contains(r.file().toAbsolutePath().normalize())
          && !KUSTOMIZATION_FILES.contains(r.file().getFileName().toString())) {
        manifests.add(r.file());
      }
    }
    for (Path p : manifests) {
      SourceFile f = ctx.source(p);
      if (f == null) {
        continue;
      }
      for (YamlNode doc : f.documents()) {
        if (!disabled(doc)) {
          collect(f, doc, out);
        }
      }
    }
    for (Path p : generatedFrom) {
      SourceFile f = ctx.source(p);
      if (f != null) {
        String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
        boolean script =
            name.endsWith(".sh")
                || name.endsWith(".bash")
                || name.endsWith(".py")
                || f.text().startsWith("#!");
        out.add(new Text(f, f.text(), null, script));
      }
    }
    return out;
  }

  /** Every string value below {@code doc}, iteratively, with the key that holds it. */
  private static void collect(SourceFile f, YamlNode doc, List<Text> out) {
    Deque<Object[]> todo = new ArrayDeque<>();
    todo.push(new Object[] {doc, ""});
    while (!todo.isEmpty()) {
      Object[] item = todo.pop();
      YamlNode n = (YamlNode) item[0];
      String key = (String) item[1];
      if (n instanceof YamlMap m) {
        m.entries().forEach((k, v) -> todo.push(new Object[] {v, k}));
      } else if (n instanceof YamlSeq s) {
        s.items().forEach(v -> todo.push(new Object[] {v, key}));
      } else if (n instanceof YamlScalar s && s.value() instanceof String v && v.contains("$")) {
        out.add(new Text(f, v, s, isScript(key, v)));
      }
    }
  }

  static boolean isScript(String key, String value) {
    if (value.indexOf('\n') < 0) {
      return false;
    }
    return value.startsWith("#!")
        || SCRIPT_KEYS.contains(key.toLowerCase(Locale.ROOT))
        || key.endsWith(".sh")
        || SHELL_LINE.matcher(value).find();
  }

  private static void scan(
      ValidationContext ctx, Text t, Map<Missing, List<Integer>> missing, List<Finding> out) {
    try {
      Envsubst.parse(t.value());
    } catch (EnvsubstException e) {
      Location at = locate(t, Math.max(0, e.offset()), "${");
      out.add(
          Finding.of(
              Rule.SUBSTITUTION_SYNTAX,
              at,
              "Flux's envsubst cannot parse "
                  + snippet(t.value(), Math.max(0, e.offset()))
                  + ": "
                  + e.getMessage()
                  + " (the whole Kustomization fails: variable substitution failed)",
              ESCAPE));
      return;
    }
    List<VarsSet> sets =
        ctx.varsSets().isEmpty() ? List.of(new VarsSet(List.of(), null, Map.of())) : ctx.varsSets();
    for (int i = 0; i < sets.size(); i++) {
      Map<String, String> vars = sets.get(i).vars();
      int set = i;
      Envsubst.eval(
          t.value(),
          vars::get,
          (name, offset) -> {
            String expr = expression(t.value(), offset);
            Rule rule =
                !expr.equals("${" + name + "}")
                    ? Rule.SHELL_EXPANSION
                    : t.script() ? Rule.UNESCAPED_SCRIPT_VARIABLE : Rule.UNDEFINED_VARIABLE;
            Location at =
                locate(
                    t,
                    offset,
                    expr.length() > 2 + name.length()
                        ? expr.substring(0, 2 + name.length())
                        : expr);
            missing
                .computeIfAbsent(new Missing(at, name, rule, expr), k -> new ArrayList<>())
                .add(set);
          });
    }
  }

  /** The {@code ${...}} expression starting at {@code offset}, braces balanced, at most a line. */
  static String expression(String text, int offset) {
    int depth = 0;
    for (int i = offset; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n') {
        break;
      }
      if (c == '{') {
        depth++;
      } else if (c == '}' && --depth == 0) {
        return text.substring(offset, i + 1);
      }
    }
    return snippet(text, offset);
  }

  private static String snippet(String text, int offset) {
    int end = text.indexOf('\n', offset);
    end = end < 0 ? text.length() : end;
    return text.substring(offset, Math.min(end, offset + 40));
  }

  /**
   * The source location of character {@code offset} of a text. A whole-file text maps directly; a
   * scalar's value is found again in the file from the scalar's position: the n-th occurrence of
   * {@code needle} there, n being its rank in the value.
   */
  private static Location locate(Text t, int offset, String needle) {
    SourceFile f = t.file();
    if (t.scalar() == null) {
      return f.at(offset);
    }
    int rank = 0;
    for (int i = t.value().indexOf(needle);
        i >= 0 && i < offset;
        i = t.value().indexOf(needle, i + 1)) {
      rank++;
    }
    int start = f.offset(t.scalar().pos().line(), t.scalar().pos().column());
    List<Integer> hits = f.find(needle, start);
    return rank < hits.size() ? f.at(hits.get(rank)) : f.at(t.scalar());
  }

  /** The opt-out label or annotation on a document. */
  static boolean disabled(YamlNode doc) {
    for (String field : List.of("labels", "annotations")) {
      if ("disabled"
          .equals(SourceFile.scalar(SourceFile.get(doc, "metadata", field), DISABLED_KEY))) {
        return true;
      }
    }
    return false;
  }

  /**
   * {@code Kind/namespace/name} (and {@code Kind/null/name}) of the ConfigMaps and Secrets of the
   * build that opt out of substitution.
   */
  private static Set<String> disabledGeneratedObjects(ValidationContext ctx) {
    Set<String> out = new HashSet<>();
    for (PlatformObject o : ctx.objects()) {
      Map<String, Object> meta = ValidationContext.map(o.object().get("metadata"));
      if ("disabled".equals(ValidationContext.map(meta.get("labels")).get(DISABLED_KEY))
          || "disabled".equals(ValidationContext.map(meta.get("annotations")).get(DISABLED_KEY))) {
        out.add(o.object().get("kind") + "/" + meta.get("namespace") + "/" + meta.get("name"));
        out.add(o.object().get("kind") + "/null/" + meta.get("name"));
      }
    }
    return out;
  }
}

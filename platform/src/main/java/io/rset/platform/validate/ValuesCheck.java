package io.rset.platform.validate;

import io.rset.platform.build.PlatformObject;
import io.rset.platform.kustomize.GeneratorEntry;
import io.rset.platform.kustomize.KustomizeResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * {@link Rule#VALUES_KEY_NOT_FOUND}, {@link Rule#GENERATOR_FILE_MISSING} and {@link
 * Rule#UNUSED_VALUES_FILE}: a HelmRelease's {@code spec.valuesFrom} against the ConfigMaps and
 * Secrets of the build and the generator entries that made them.
 *
 * <p>A valuesFrom naming an object the build does not contain is taken as external (cluster-level
 * ConfigMaps are common) unless the name is a generator's name with a hash suffix added, or is
 * close to the name of one the build has; {@code optional: true} excuses a missing object, never a
 * missing key (as helm-controller does).
 */
final class ValuesCheck implements Check {
  /** helm-controller's default {@code valuesKey}. */
  static final String DEFAULT_KEY = "values.yaml";

  private record Ref(String kind, String namespace, String name) {
    String show() {
      return kind + " " + namespace + "/" + name;
    }

    // written out: the generated record methods cost a cold CLI run method-handle bootstraps
    @Override
    public boolean equals(Object o) {
      return o instanceof Ref r
          && java.util.Objects.equals(r.kind, kind)
          && java.util.Objects.equals(r.namespace, namespace)
          && java.util.Objects.equals(r.name, name);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(kind, namespace, name);
    }
  }

  @Override
  public void run(ValidationContext ctx, List<Finding> out) {
    Map<Ref, Set<String>> data = new HashMap<>();
    for (PlatformObject o : ctx.objects()) {
      String kind = ValidationContext.string(o.object().get("kind"));
      if ((kind.equals("ConfigMap") || kind.equals("Secret"))
          && "v1".equals(o.object().get("apiVersion"))) {
        Set<String> keys =
            data.computeIfAbsent(
                new Ref(
                    kind,
                    ValidationContext.string(o.object(), "metadata", "namespace"),
                    ValidationContext.string(o.object(), "metadata", "name")),
                k -> new LinkedHashSet<>());
        for (String field : List.of("data", "binaryData", "stringData")) {
          keys.addAll(ValidationContext.map(o.object().get(field)).keySet());
        }
      }
    }
    Map<Ref, List<GeneratorEntry>> entries = new LinkedHashMap<>();
    Map<Ref, List<GeneratorEntry>> byGeneratorName = new LinkedHashMap<>();
    for (KustomizeResult k : ctx.build().kustomizations()) {
      for (GeneratorEntry e : k.generatorEntries()) {
        String ns = e.namespace() == null ? "" : e.namespace();
        entries
            .computeIfAbsent(new Ref(e.kind(), ns, e.finalName()), r -> new ArrayList<>())
            .add(e);
        byGeneratorName
            .computeIfAbsent(new Ref(e.kind(), ns, e.generatorName()), r -> new ArrayList<>())
            .add(e);
      }
    }

    Map<Ref, Map<String, List<GeneratorEntry>>> byKey = new HashMap<>();
    entries.forEach(
        (ref, list) ->
            list.forEach(
                e ->
                    byKey
                        .computeIfAbsent(ref, r -> new HashMap<>())
                        .computeIfAbsent(e.key(), k -> new ArrayList<>())
                        .add(e)));
    Set<Path> used = new HashSet<>();
    for (PlatformObject o : ctx.objects()) {
      if (!"HelmRelease".equals(o.object().get("kind"))) {
        continue;
      }
      String ns = ValidationContext.string(o.object(), "metadata", "namespace");
      List<Object> valuesFrom =
          ValidationContext.list(ValidationContext.map(o.object().get("spec")).get("valuesFrom"));
      for (int i = 0; i < valuesFrom.size(); i++) {
        Map<String, Object> v = ValidationContext.map(valuesFrom.get(i));
        String key = ValidationContext.string(v.get("valuesKey"));
        key = key.isEmpty() ? DEFAULT_KEY : key;
        Ref ref =
            new Ref(
                ValidationContext.string(v.get("kind")),
                ns,
                ValidationContext.string(v.get("name")));
        List<GeneratorEntry> forKey =
            byKey.getOrDefault(ref, Map.of()).getOrDefault(key, List.of());
        for (GeneratorEntry e : forKey) {
          if (e.sourceFile() != null) {
            used.add(e.sourceFile().toAbsolutePath().normalize());
          }
        }
        boolean generated = !forKey.isEmpty();
        // A key whose generator entry names a missing file is GENERATOR_FILE_MISSING's finding.
        String problem =
            generated
                ? null
                : problem(ref, key, Boolean.TRUE.equals(v.get("optional")), data, byGeneratorName);
        if (problem != null) {
          out.add(
              Finding.of(
                  Rule.VALUES_KEY_NOT_FOUND,
                  where(ctx, o, i),
                  ValidationContext.describe(o) + " reads " + problem + templateLine(ctx, o),
                  fix(ctx, ref, key, entries, byGeneratorName)));
        }
      }
    }

    Set<String> seenEntries = new HashSet<>();
    for (List<GeneratorEntry> list : entries.values()) {
      for (GeneratorEntry e : list) {
        if (e.sourceFile() == null
            || Files.isRegularFile(e.sourceFile())
            || !seenEntries.add(e.kustomizationFile() + ":" + e.line() + ":" + e.column())) {
          continue;
        }
        Path close = closeFile(e.sourceFile());
        out.add(
            Finding.of(
                Rule.GENERATOR_FILE_MISSING,
                new Location(e.kustomizationFile(), e.line(), e.column()),
                generator(e)
                    + " entry for key \""
                    + e.key()
                    + "\" names "
                    + ctx.relative(e.sourceFile())
                    + ", which does not exist",
                close != null
                    ? "did you mean " + ctx.relative(close) + "?"
                    : "create the file or correct the path"));
      }
    }

    // Without the kustomize result, or with releases that failed to render, usage is unknown.
    if (!ctx.build().kustomizations().isEmpty()
        && ctx.build().problems().stream()
            .noneMatch(p -> io.rset.platform.build.BuildProblem.RESOURCESET.equals(p.code()))) {
      unusedValuesFiles(ctx, entries, used, out);
    }
  }

  /** What is wrong with reading {@code key} of {@code ref}, or null when nothing is. */
  private static String problem(
      Ref ref,
      String key,
      boolean optional,
      Map<Ref, Set<String>> data,
      Map<Ref, List<GeneratorEntry>> byGeneratorName) {
    Set<String> keys = data.get(ref);
    if (keys != null) {
      return keys.contains(key)
          ? null
          : "key \""
              + key
              + "\" of "
              + ref.show()
              + ", which the build does not generate (values key not found)";
    }
    if (optional) {
      return null;
    }
    List<GeneratorEntry> generated = byGeneratorName.get(ref);
    if (generated != null) {
      return ref.show()
          + ", but the generator names it "
          + generated.get(0).finalName()
          + " (hash suffix); helm-controller cannot find it";
    }
    Set<String> names = new TreeSet<>();
    data.keySet().stream()
        .filter(r -> r.kind().equals(ref.kind()) && r.namespace().equals(ref.namespace()))
        .forEach(r -> names.add(r.name()));
    String close = Suggestions.closest(ref.name(), names);
    return close == null
        ? null
        : ref.show() + ", which the build does not contain (did you mean \"" + close + "\"?)";
  }

  private static String fix(
      ValidationContext ctx,
      Ref ref,
      String key,
      Map<Ref, List<GeneratorEntry>> entries,
      Map<Ref, List<GeneratorEntry>> byGeneratorName) {
    List<GeneratorEntry> list = entries.get(ref);
    if (list == null) {
      List<GeneratorEntry> g = byGeneratorName.get(ref);
      if (g != null) {
        return "set generatorOptions.disableNameSuffixHash: true (or options.disableNameSuffixHash"
            + " on the generator) in "
            + ctx.relative(g.get(0).kustomizationFile());
      }
      return "correct the name in valuesFrom";
    }
    GeneratorEntry first = list.get(0);
    Path base = first.kustomizationFile().getParent();
    Path folder = null;
    boolean explicit = false;
    for (GeneratorEntry e : list) {
      if (e.sourceFile() != null) {
        folder = folder == null ? e.sourceFile().getParent() : folder;
        explicit |= !e.sourceFile().getFileName().toString().equals(e.key());
      }
    }
    Path file = (folder == null ? base : folder).resolve(key);
    String path = base == null ? file.toString() : base.relativize(file).toString();
    String entry = explicit ? key + "=" + path : path;
    return "add \""
        + entry
        + "\" to "
        + generator(first)
        + " ("
        + ctx.relative(first.kustomizationFile())
        + ":"
        + first.line()
        + ")"
        + (Files.isRegularFile(file) ? "" : " and create " + ctx.relative(file));
  }

  private static String generator(GeneratorEntry e) {
    return (e.kind().equals("Secret") ? "secretGenerator" : "configMapGenerator")
        + " \""
        + e.generatorName()
        + "\"";
  }

  /** In a file: the valuesKey; rendered: the input's {@code name} (the release). */
  private static Location where(ValidationContext ctx, PlatformObject o, int index) {
    if (o.origin() != null && o.origin().resourceSet() != null) {
      return ctx.inputLocation(o.origin(), "name");
    }
    return ctx.locate(o, "spec", "valuesFrom", index, "valuesKey");
  }

  /** For a rendered release: {@code ; template: file:line} of the template's valuesKey. */
  private static String templateLine(ValidationContext ctx, PlatformObject o) {
    if (o.origin() == null || o.origin().resourceSet() == null) {
      return "";
    }
    SourceFile f = ctx.source(o.origin().file());
    if (f == null) {
      return "";
    }
    List<Integer> hits = f.find("valuesKey", f.offset(o.origin().line(), 1));
    if (hits.isEmpty()) {
      return "";
    }
    Location at = f.at(hits.get(0));
    return "; template: " + ctx.relative(at.file()) + ":" + at.line();
  }

  /** A file of the same directory whose name is close to the missing one. */
  private static Path closeFile(Path missing) {
    Path dir = missing.getParent();
    if (dir == null || !Files.isDirectory(dir)) {
      return null;
    }
    Map<String, Path> names = new HashMap<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(Files::isRegularFile).forEach(p -> names.put(p.getFileName().toString(), p));
    } catch (IOException e) {
      return null;
    }
    String close = Suggestions.closest(missing.getFileName().toString(), names.keySet());
    return close == null ? null : names.get(close);
  }

  private static void unusedValuesFiles(
      ValidationContext ctx,
      Map<Ref, List<GeneratorEntry>> entries,
      Set<Path> used,
      List<Finding> out) {
    Map<Path, GeneratorEntry> registered = new HashMap<>();
    Set<Ref> readConfigs = new HashSet<>();
    for (Map.Entry<Ref, List<GeneratorEntry>> e : entries.entrySet()) {
      for (GeneratorEntry g : e.getValue()) {
        if (g.sourceFile() != null) {
          registered.putIfAbsent(g.sourceFile().toAbsolutePath().normalize(), g);
          if (used.contains(g.sourceFile().toAbsolutePath().normalize())) {
            readConfigs.add(e.getKey());
          }
        }
      }
    }
    Set<Path> candidates = new TreeSet<>();
    Path charts = ctx.dir().resolve("charts");
    if (Files.isDirectory(charts)) {
      try (Stream<Path> s = Files.list(charts)) {
        s.filter(Files::isRegularFile)
            .filter(p -> p.toString().endsWith(".yaml") || p.toString().endsWith(".yml"))
            .forEach(p -> candidates.add(p.toAbsolutePath().normalize()));
      } catch (IOException e) {
        // nothing to list
      }
    }
    for (Map.Entry<Ref, List<GeneratorEntry>> e : entries.entrySet()) {
      if (readConfigs.contains(e.getKey())) {
        e.getValue().stream()
            .filter(g -> g.sourceFile() != null && Files.isRegularFile(g.sourceFile()))
            .forEach(g -> candidates.add(g.sourceFile().toAbsolutePath().normalize()));
      }
    }
    for (Path file : candidates) {
      Path norm = file.toAbsolutePath().normalize();
      if (used.contains(norm)) {
        continue;
      }
      GeneratorEntry g = registered.get(norm);
      out.add(
          Finding.of(
              Rule.UNUSED_VALUES_FILE,
              new Location(file, 1, 1),
              g == null
                  ? "values file "
                      + ctx.relative(file)
                      + " is in no generator and read by no HelmRelease"
                  : "values file "
                      + ctx.relative(file)
                      + " (key \""
                      + g.key()
                      + "\" of "
                      + g.kind()
                      + " "
                      + (g.namespace() == null ? "" : g.namespace() + "/")
                      + g.finalName()
                      + ") is read by no HelmRelease",
              g == null
                  ? "register it in the values generator and reference it from a release, or"
                      + " delete it"
                  : "reference it from a release (valuesFrom valuesKey: "
                      + g.key()
                      + "), or delete it and its generator entry"));
    }
  }
}

package io.rset.platform.build;

import io.rset.core.model.ManifestException;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ReadMode;
import io.rset.core.model.ResourceSetInputProvider;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlScalar;
import io.rset.platform.kustomize.KResource;
import io.rset.platform.kustomize.KustomizeException;
import io.rset.platform.kustomize.KustomizeOptions;
import io.rset.platform.kustomize.KustomizeOverlay;
import io.rset.platform.kustomize.KustomizeProblem;
import io.rset.platform.kustomize.KustomizeResult;
import io.rset.platform.kustomize.Kustomizer;
import io.rset.platform.substitute.EnvFile;
import io.rset.platform.substitute.KustomizationVars;
import io.rset.platform.substitute.PostBuild;
import io.rset.platform.substitute.VarEntry;
import io.rset.platform.substitute.VarsException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** One run of {@link PlatformBuild}: the units to build, in discovery order, and their output. */
final class BuildRun {
  /** Conventional provider file of a platform directory. */
  static final String STATIC_PROVIDER_FILE = ".static-provider.yaml";

  /** Flux Kustomization fields rset does not model (SOPS decryption, kustomize components). */
  private static final List<String> UNSUPPORTED_FIELDS = List.of("components", "decryption");

  /**
   * A directory to build and how it is applied.
   *
   * @param kustomization the Flux Kustomization that applies it, or null for the top level
   * @param origin where that Kustomization came from (null for the top level)
   * @param vars the top level's variables (null for a Kustomization: resolved when built)
   * @param deferred already put back once because a substituteFrom source was missing
   * @param overlay the Kustomization's build fields (null for the top level)
   */
  private record Unit(
      Path dir,
      Map<String, Object> kustomization,
      Origin origin,
      UnitVars vars,
      boolean deferred,
      KustomizeOverlay overlay) {}

  private final PlatformBuildOptions options;
  private final DisplayPaths display;
  private final Problems problems;
  private final SourceText sources = new SourceText();
  private final RepoPaths repo;
  private final Kustomizer kustomizer;
  private final Substituter substituter;
  private final List<ResourceSetInputProvider> providers = new ArrayList<>();
  private final ResourceSetExpander expander;

  private final List<PlatformObject> objects = new ArrayList<>();
  private final Map<String, Map<String, Object>> configSources = new HashMap<>();
  private final List<KustomizeResult> kustomizations = new ArrayList<>();
  private final Deque<Unit> queue = new ArrayDeque<>();
  private final Set<String> followed = new HashSet<>();
  private final SpecLocator locator = new SpecLocator();

  /** Indexes in {@link #objects} of the objects a {@code targetNamespace} put in a namespace. */
  private final List<Integer> targetNamespaced = new ArrayList<>();

  BuildRun(PlatformBuildOptions options) {
    this.options = options;
    this.display = DisplayPaths.forDir(options.dir());
    this.problems = new Problems(options.lenient(), display);
    this.repo = RepoPaths.of(options.dir());
    this.kustomizer = new Kustomizer(new KustomizeOptions(options.lenient()));
    this.substituter = new Substituter(problems, sources, options.strict());
    this.expander = new ResourceSetExpander(providers, problems, sources);
  }

  PlatformBuildResult run() {
    UnitVars top = topVars();
    loadProviderFiles();
    queue.add(new Unit(options.dir(), null, null, top, false, null));
    while (!queue.isEmpty()) {
      process(queue.poll());
    }
    ClusterScope scope = ClusterScope.of(objects);
    for (int i : targetNamespaced) {
      PlatformObject o = objects.get(i);
      objects.set(i, new PlatformObject(scope.withoutNamespace(o.object()), o.origin()));
    }
    List<PlatformObject> shown = new ArrayList<>(objects.size());
    for (PlatformObject o : objects) {
      shown.add(new PlatformObject(o.object(), display.origin(o.origin())));
    }
    List<BuildProblem> problemList = new ArrayList<>();
    for (BuildProblem p : problems.list()) {
      problemList.add(display.problem(p));
    }
    return new PlatformBuildResult(shown, kustomizations, problemList, top.vars());
  }

  // ---- inputs of the run ------------------------------------------------------------------

  /** The {@code --vars} files (or the conventional ones), merged in order. */
  private UnitVars topVars() {
    List<Path> files =
        options.varsFiles() != null ? options.varsFiles() : VarsFiles.discover(options.dir());
    Map<String, String> vars = new LinkedHashMap<>();
    Map<String, Origin> where = new HashMap<>();
    for (Path f : files) {
      try {
        for (VarEntry e : EnvFile.read(f)) {
          vars.put(e.key(), e.value());
          where.put(e.key(), Origin.file(e.file(), e.line(), 1));
        }
      } catch (VarsException e) {
        problems.report(
            new BuildProblem(
                BuildProblem.VARS,
                e.file(),
                e.line(),
                e.line() > 0 ? 1 : 0,
                e.getMessage(),
                null,
                null,
                null),
            e);
      }
    }
    return UnitVars.of(new PostBuild(vars, false), where, Origin.file(options.dir(), 0, 0));
  }

  /** The {@code --inputs-from-provider} files (or the conventional one). */
  private void loadProviderFiles() {
    List<Path> files = options.providerFiles();
    if (files == null || files.isEmpty()) {
      Path conventional = options.dir().resolve(STATIC_PROVIDER_FILE);
      files = Files.isRegularFile(conventional) ? List.of(conventional) : List.of();
    }
    YamlReader yaml = new YamlReader();
    for (Path f : files) {
      String text;
      try {
        text = Files.readString(f, StandardCharsets.UTF_8);
      } catch (NoSuchFileException e) {
        reportProviderFile(f, 0, 0, "open " + f + ": no such file or directory", e);
        continue;
      } catch (IOException | RuntimeException e) {
        reportProviderFile(f, 0, 0, "read " + f + ": " + e.getMessage(), e);
        continue;
      }
      List<YamlNode> docs;
      try {
        docs = yaml.readKubernetesDocuments(f.toString(), text);
      } catch (YamlException e) {
        int line = e.position() == null ? 0 : e.position().line();
        int col = e.position() == null ? 0 : e.position().column();
        reportProviderFile(f, line, col, e.goMessage() != null ? e.goMessage() : e.getMessage(), e);
        continue;
      }
      for (YamlNode doc : docs) {
        if (!(doc instanceof YamlMap m)
            || !(m.entries().get("kind") instanceof YamlScalar k)
            || !ResourceSetInputProvider.KIND.equals(k.value())) {
          continue;
        }
        try {
          providers.add(ManifestReader.readInputProvider(doc, ReadMode.CLI));
        } catch (ManifestException e) {
          int line = e.position() == null ? doc.pos().line() : e.position().line();
          int col = e.position() == null ? doc.pos().column() : e.position().column();
          String detail = e.path().isEmpty() ? e.detail() : e.path() + ": " + e.detail();
          reportProviderFile(f, line, col, "error parsing inputs provider file: " + detail, e);
        }
      }
    }
  }

  private void reportProviderFile(Path f, int line, int col, String message, Throwable cause) {
    problems.report(
        new BuildProblem(BuildProblem.RESOURCESET, f, line, col, message, null, null, null), cause);
  }

  // ---- one unit -----------------------------------------------------------------------------

  private void process(Unit unit) {
    UnitVars vars = unit.vars();
    if (vars == null) {
      KustomizationVars.Resolved r = KustomizationVars.resolve(unit.kustomization(), this::find);
      if (!r.errors().isEmpty() && !unit.deferred() && !queue.isEmpty()) {
        // a substituteFrom source may come from a unit not built yet
        queue.addLast(
            new Unit(unit.dir(), unit.kustomization(), unit.origin(), null, true, unit.overlay()));
        return;
      }
      for (String error : r.errors()) {
        problems.report(problem(BuildProblem.VARS, unit.origin(), error), null);
      }
      vars = UnitVars.of(r.postBuild(), Map.of(), unit.origin());
    }
    KustomizeResult result;
    try {
      result = kustomizer.build(unit.dir(), unit.overlay());
    } catch (KustomizeException e) {
      Origin at =
          e.file() != null
              ? Origin.file(e.file(), e.line(), e.column())
              : unit.origin() != null ? unit.origin() : Origin.file(unit.dir(), 0, 0);
      problems.report(problem(BuildProblem.KUSTOMIZE, at, e.getMessage()), e);
      return;
    }
    kustomizations.add(result);
    for (KustomizeProblem p : result.problems()) {
      problems.report(
          problem(BuildProblem.KUSTOMIZE, Origin.file(p.file(), p.line(), p.column()), p.message()),
          null);
    }
    Map<String, Object> ks = unit.kustomization();
    boolean targetNamespace = unit.overlay() != null && unit.overlay().namespace() != null;

    List<PlatformObject> built = new ArrayList<>(result.resources().size());
    for (KResource r : result.resources()) {
      Origin origin = Origin.file(r.file(), r.line(), r.column());
      Map<String, Object> o = r.object();
      o = substituter.apply(o, vars, origin, result.generatorEntries());
      if (ks != null) {
        o = AppliedByKustomization.withMetadata(o, ks);
      }
      built.add(new PlatformObject(o, origin));
      if (ResourceSetExpander.isInputProvider(o)) {
        ResourceSetInputProvider p = expander.readProvider(o, origin);
        if (p != null) {
          providers.add(p);
        }
      }
    }
    List<PlatformObject> unitOutput = new ArrayList<>();
    for (PlatformObject po : built) {
      if (targetNamespace) {
        targetNamespaced.add(objects.size());
      }
      add(po, unitOutput);
      if (ResourceSetExpander.isResourceSet(po.object())) {
        for (PlatformObject g : expander.expand(po.object(), po.origin())) {
          add(g, unitOutput);
        }
      }
    }
    if (options.recursive()) {
      for (PlatformObject po : unitOutput) {
        if (isFluxKustomization(po.object())) {
          follow(po);
        }
      }
    }
  }

  private void add(PlatformObject po, List<PlatformObject> unitOutput) {
    objects.add(po);
    unitOutput.add(po);
    Map<String, Object> o = po.object();
    if ("v1".equals(o.get("apiVersion"))
        && ("ConfigMap".equals(o.get("kind")) || "Secret".equals(o.get("kind")))) {
      configSources.putIfAbsent(o.get("kind") + "/" + namespace(o) + "/" + name(o), o);
    }
  }

  private Map<String, Object> find(String kind, String namespace, String name) {
    return configSources.get(kind + "/" + namespace + "/" + name);
  }

  // ---- following Kustomizations -------------------------------------------------------------

  static boolean isFluxKustomization(Map<String, Object> o) {
    return o.get("apiVersion") instanceof String v
        && v.startsWith("kustomize.toolkit.fluxcd.io/")
        && "Kustomization".equals(o.get("kind"));
  }

  private void follow(PlatformObject po) {
    Map<String, Object> ks = po.object();
    String id = namespace(ks) + "/" + name(ks);
    if (!followed.add(id)) {
      return;
    }
    Map<?, ?> spec = ks.get("spec") instanceof Map<?, ?> m ? m : Map.of();
    String path = spec.get("path") instanceof String s ? s : "";
    Path dir = repo.resolve(path);
    if (dir == null) {
      problems.report(
          problem(
              BuildProblem.KUSTOMIZATION_PATH,
              po.origin(),
              "Kustomization "
                  + id
                  + ": spec.path '"
                  + path
                  + "' does not exist (looked for "
                  + repo.expected(path)
                  + ")"),
          null);
      return;
    }
    if (repo.isTop(dir)) {
      return; // the Kustomization that applies the top-level directory itself
    }
    for (String field : UNSUPPORTED_FIELDS) {
      if (spec.containsKey(field) && spec.get(field) != null) {
        problems.report(
            problem(
                BuildProblem.UNSUPPORTED,
                po.origin(),
                "Kustomization "
                    + id
                    + ": spec."
                    + field
                    + " is not applied by rset platform build; its objects are built without it"),
            null);
      }
    }
    FluxBuildFields.Result fields = FluxBuildFields.read(ks, po.origin(), locator);
    for (FluxBuildFields.Issue issue : fields.issues()) {
      problems.report(
          problem(
              BuildProblem.KUSTOMIZATION_SPEC,
              locator.locate(po.origin(), issue.path().toArray()),
              "Kustomization " + id + ": " + issue.message()),
          null);
    }
    queue.add(new Unit(dir, ks, po.origin(), null, false, fields.overlay()));
  }

  static String name(Map<String, Object> o) {
    return o.get("metadata") instanceof Map<?, ?> m && m.get("name") instanceof String s ? s : "";
  }

  static String namespace(Map<String, Object> o) {
    return o.get("metadata") instanceof Map<?, ?> m && m.get("namespace") instanceof String s
        ? s
        : "";
  }

  private static BuildProblem problem(String code, Origin at, String message) {
    return new BuildProblem(
        code,
        at == null ? null : at.file(),
        at == null ? 0 : at.line(),
        at == null ? 0 : at.column(),
        message,
        null,
        null,
        null);
  }
}

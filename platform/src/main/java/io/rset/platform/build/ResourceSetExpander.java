package io.rset.platform.build;

import io.rset.core.build.BuildException;
import io.rset.core.build.CombinedInputs;
import io.rset.core.build.InputSet;
import io.rset.core.build.ObjectMetadata;
import io.rset.core.build.ResourceSetBuilder;
import io.rset.core.build.StepResult;
import io.rset.core.inputs.InputCollector;
import io.rset.core.inputs.InputException;
import io.rset.core.inputs.InputResult;
import io.rset.core.inputs.OfflineInputs;
import io.rset.core.model.InputProviderReference;
import io.rset.core.model.ManifestException;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ObjectMeta;
import io.rset.core.model.ReadMode;
import io.rset.core.model.ResourceSet;
import io.rset.core.model.ResourceSetInputProvider;
import io.rset.core.yaml.Position;
import io.rset.core.yaml.YamlException;
import io.rset.gotemplate.fmt.GoFmt;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Expands one ResourceSet of a platform build as the Flux Operator does on the cluster: inputs from
 * the manifest and the providers of the build, the builder, then the owner labels and {@code
 * commonMetadata} in the controller's order. Inputs from providers that are neither in the build
 * nor given with {@code --inputs-from-provider} cannot be known offline and are reported.
 */
final class ResourceSetExpander {

  private final List<ResourceSetInputProvider> providers;
  private final Problems problems;
  private final TemplateLocator locator;

  /**
   * @param providers the providers known to the build; read at each expansion, so providers found
   *     later in the build are seen by later ResourceSets
   */
  ResourceSetExpander(
      List<ResourceSetInputProvider> providers, Problems problems, SourceText sources) {
    this.providers = providers;
    this.problems = problems;
    this.locator = new TemplateLocator(sources);
  }

  private static Position position(Origin o) {
    return new Position(String.valueOf(o.file()), Math.max(o.line(), 1), Math.max(o.column(), 1));
  }

  /** True when {@code o} is a {@code fluxcd.controlplane.io/v1} ResourceSet. */
  static boolean isResourceSet(Map<String, Object> o) {
    return ResourceSet.API_VERSION.equals(o.get("apiVersion"))
        && ResourceSet.KIND.equals(o.get("kind"));
  }

  /** True when {@code o} is a ResourceSetInputProvider. */
  static boolean isInputProvider(Map<String, Object> o) {
    return ResourceSetInputProvider.API_VERSION.equals(o.get("apiVersion"))
        && ResourceSetInputProvider.KIND.equals(o.get("kind"));
  }

  /** Reads a provider object of the build; null (and a problem) when it is not valid. */
  ResourceSetInputProvider readProvider(Map<String, Object> o, Origin origin) {
    try {
      return ManifestReader.readInputProvider(MapNodes.of(o, position(origin)), ReadMode.CLI);
    } catch (ManifestException | YamlException e) {
      problems.report(
          problem(origin, null, "error parsing ResourceSetInputProvider: " + detail(e), null, null),
          e);
      return null;
    }
  }

  /** The objects {@code rsetObject} expands to, in build order, each with its origin. */
  List<PlatformObject> expand(Map<String, Object> rsetObject, Origin origin) {
    ResourceSet rset;
    try {
      rset =
          ManifestReader.readResourceSet(MapNodes.of(rsetObject, position(origin)), ReadMode.CLI);
    } catch (ManifestException | YamlException e) {
      problems.report(
          problem(origin, null, "error parsing ResourceSet: " + detail(e), null, null), e);
      return List.of();
    }
    ObjectMeta meta = rset.metadata();
    String namespace =
        meta.namespace() == null || meta.namespace().isEmpty() ? "default" : meta.namespace();
    meta =
        new ObjectMeta(
            meta.name(),
            namespace,
            meta.uid(),
            meta.generation(),
            meta.labels(),
            meta.annotations());
    rset = new ResourceSet(rset.source(), meta, rset.spec(), rset.status());
    String id = namespace + "/" + meta.name();

    InputResult inputs = inputs(rset, origin, id);
    if (inputs == null) {
      return List.of();
    }
    Map<String, InputSet> producer = new HashMap<>();
    List<StepResult> steps =
        templateOnly(rset) && inputs.sets().size() > 1
            ? buildPerSet(rset, inputs, origin, id, producer)
            : buildAll(rset, inputs, origin, id);
    if (steps == null) {
      return List.of();
    }
    if (producer.isEmpty() && inputs.sets().size() > 1) {
      producer = attribute(rset, inputs);
    }
    List<Map<String, Object>> objects = ResourceSetBuilder.flatten(steps);
    ObjectMetadata.apply(
        objects,
        rset.spec().commonMetadata(),
        meta.name(),
        namespace,
        ObjectMetadata.Order.CONTROLLER);
    InputSet only = inputs.sets().size() == 1 ? inputs.sets().get(0) : null;
    List<PlatformObject> out = new ArrayList<>(objects.size());
    for (StepResult step : steps) {
      for (Map<String, Object> o : step.objects()) {
        InputSet in = only != null ? only : producer.get(key(o));
        out.add(
            new PlatformObject(
                o,
                new Origin(
                    origin.file(),
                    origin.line(),
                    origin.column(),
                    id,
                    step.name(),
                    in == null ? null : in.index(),
                    in == null ? null : in.id(),
                    in == null ? null : inputName(in))));
      }
    }
    return out;
  }

  /** The input sets, or null (and a problem) when they cannot be computed offline. */
  private InputResult inputs(ResourceSet rset, Origin origin, String id) {
    List<ResourceSetInputProvider> selected = List.of();
    if (!rset.spec().inputsFrom().isEmpty()) {
      try {
        selected = InputCollector.select(rset, providers);
      } catch (InputException e) {
        problems.report(
            problem(origin, id, "failed to compute inputs: " + e.getMessage(), null, null), e);
        return null;
      }
      for (InputProviderReference ref : rset.spec().inputsFrom()) {
        if (ref.name() != null
            && !ref.name().isEmpty()
            && selected.stream().noneMatch(p -> ref.name().equals(p.metadata().name()))) {
          problems.report(
              problem(
                  origin,
                  id,
                  "failed to compute inputs: failed to get provider "
                      + rset.metadata().namespace()
                      + "/"
                      + ref.name()
                      + ": resourcesetinputproviders.fluxcd.controlplane.io \""
                      + ref.name()
                      + "\" not found (add it to the build or pass it with --inputs-from-provider)",
                  null,
                  null),
              null);
          return null;
        }
      }
    }
    InputResult inputs;
    try {
      inputs = OfflineInputs.compute(rset, null, selected);
    } catch (InputException e) {
      problems.report(
          problem(origin, id, "failed to compute inputs: " + e.getMessage(), null, null), e);
      return null;
    }
    if (!rset.spec().inputsFrom().isEmpty()
        && rset.spec().inputs().isEmpty()
        && inputs.rendersOnceWithoutInputs()) {
      // the controller applies an empty set when inputsFrom yields nothing
      return new InputResult(InputResult.Kind.INPUT_SETS, List.of());
    }
    return inputs;
  }

  /**
   * Builds with every input set; on a template error reports it and, when lenient, every other
   * failing input set, then builds with the input sets that render.
   */
  private List<StepResult> buildAll(
      ResourceSet rset, InputResult inputs, Origin origin, String id) {
    if (inputs.rendersNothing()) {
      return List.of();
    }
    BuildException first;
    try {
      return ResourceSetBuilder.build(rset.spec(), inputs.combined());
    } catch (BuildException e) {
      problems.report(templateProblem(e, e.inputSet(), origin, id), e);
      first = e;
    }
    List<InputSet> sets = inputs.sets();
    if (sets.size() <= 1 || first.inputSet() == null) {
      return null;
    }
    int reported = first.inputSet().index();
    List<InputSet> good = new ArrayList<>();
    for (InputSet s : sets) {
      try {
        ResourceSetBuilder.build(rset.spec(), new CombinedInputs.Sets(List.of(reindex(s, 0))));
        good.add(s);
      } catch (BuildException e) {
        if (s.index() != reported) {
          problems.report(templateProblem(e, s, origin, id), e);
        }
      }
    }
    if (good.isEmpty()) {
      return null;
    }
    List<InputSet> reindexed = new ArrayList<>(good.size());
    for (int i = 0; i < good.size(); i++) {
      reindexed.add(reindex(good.get(i), i));
    }
    try {
      return ResourceSetBuilder.build(rset.spec(), new CombinedInputs.Sets(reindexed));
    } catch (BuildException e) {
      problems.report(templateProblem(e, null, origin, id), e);
      return null;
    }
  }

  /**
   * True when the spec renders only a {@code resourcesTemplate}: no {@code resources}, no steps.
   */
  private static boolean templateOnly(ResourceSet rset) {
    return rset.spec().steps().isEmpty() && rset.spec().resources().isEmpty();
  }

  /**
   * The build of a template-only spec, one input set at a time: the builder renders the template
   * for each set in order, drops excluded objects and keeps the first of each key, so rendering
   * each set alone and concatenating in set order (first key wins) gives the same objects, and
   * tells which set rendered each. Sets that fail are reported (every one of them; the first one
   * only when not lenient) and left out.
   */
  private List<StepResult> buildPerSet(
      ResourceSet rset,
      InputResult inputs,
      Origin origin,
      String id,
      Map<String, InputSet> producer) {
    List<Map<String, Object>> objects = new ArrayList<>();
    boolean failed = false;
    for (InputSet s : inputs.sets()) {
      List<StepResult> one;
      try {
        one =
            ResourceSetBuilder.build(rset.spec(), new CombinedInputs.Sets(List.of(reindex(s, 0))));
      } catch (BuildException e) {
        if (e.inputSet() == null) {
          problems.report(templateProblem(e, null, origin, id), e);
          return null; // not about this set: every set fails the same way
        }
        problems.report(templateProblem(e, s, origin, id), e);
        failed = true;
        continue;
      }
      for (Map<String, Object> o : ResourceSetBuilder.flatten(one)) {
        if (producer.putIfAbsent(key(o), s) == null) {
          objects.add(o);
        }
      }
    }
    if (failed && objects.isEmpty()) {
      return null;
    }
    return List.of(new StepResult(null, objects));
  }

  /** For each object key, the first input set that renders it alone. */
  private static Map<String, InputSet> attribute(ResourceSet rset, InputResult inputs) {
    Map<String, InputSet> out = new HashMap<>();
    for (InputSet s : inputs.sets()) {
      List<StepResult> one;
      try {
        one =
            ResourceSetBuilder.build(rset.spec(), new CombinedInputs.Sets(List.of(reindex(s, 0))));
      } catch (BuildException e) {
        continue;
      }
      for (Map<String, Object> o : ResourceSetBuilder.flatten(one)) {
        out.putIfAbsent(key(o), s);
      }
    }
    return out;
  }

  private static InputSet reindex(InputSet s, int index) {
    return new InputSet(index, s.id(), s.values());
  }

  /** apiVersion group, kind, namespace and name: the builder's deduplication key. */
  static String key(Map<String, Object> o) {
    String apiVersion = o.get("apiVersion") instanceof String s ? s : "";
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    Map<?, ?> meta = o.get("metadata") instanceof Map<?, ?> m ? m : Map.of();
    return group + "/" + o.get("kind") + "/" + meta.get("namespace") + "/" + meta.get("name");
  }

  static String inputName(InputSet in) {
    Object name = in.values().get("name");
    return name == null ? null : GoFmt.formatValue(name);
  }

  private BuildProblem templateProblem(BuildException e, InputSet set, Origin origin, String id) {
    StringBuilder where = new StringBuilder("ResourceSet ").append(id);
    if (e.step() != null) {
      where.append(", step ").append(io.rset.gotemplate.fmt.GoStrconv.quote(e.step()));
    }
    if (e.part() == BuildException.Part.RESOURCE) {
      where.append(", resources[").append(e.resourceIndex()).append(']');
    } else if (e.part() == BuildException.Part.TEMPLATE) {
      where.append(", resourcesTemplate");
    }
    if (set != null) {
      where.append(", ").append(set.describe());
      String name = inputName(set);
      if (name != null && (set.id() == null || !set.id().equals(name))) {
        where.append(" (name ").append(io.rset.gotemplate.fmt.GoStrconv.quote(name)).append(')');
      }
    }
    if (e.line() > 0) {
      where.append(", template line ").append(e.line());
      if (e.column() >= 0) {
        where.append(", column ").append(e.column() + 1);
      }
    }
    String message =
        e.getMessage()
            + "\n  at "
            + where
            + (e.sourceLine() == null ? "" : "\n  | " + e.sourceLine());
    SourceText.Place at = locator.locate(origin, e);
    Origin o = at == null ? origin : Origin.file(at.file(), at.line(), at.column());
    return problem(
        o, id, message, set == null ? null : set.index(), set == null ? null : inputName(set));
  }

  private static BuildProblem problem(
      Origin origin, String rsetId, String message, Integer inputIndex, String inputName) {
    return new BuildProblem(
        BuildProblem.RESOURCESET,
        origin.file(),
        origin.line(),
        origin.column(),
        message,
        rsetId,
        inputIndex,
        inputName);
  }

  private static String detail(RuntimeException e) {
    if (e instanceof ManifestException m) {
      return m.path() == null || m.path().isEmpty() ? m.detail() : m.path() + ": " + m.detail();
    }
    YamlException y = (YamlException) e;
    return y.goMessage() != null ? y.goMessage() : y.getMessage();
  }
}

package io.rset.platform.validate;

import io.rset.core.build.BuildException;
import io.rset.core.build.CombinedInputs;
import io.rset.core.build.InputSet;
import io.rset.core.build.ResourceSetBuilder;
import io.rset.core.graph.FluxDependencies;
import io.rset.core.graph.NodeId;
import io.rset.core.inputs.InputCollector;
import io.rset.core.inputs.InputException;
import io.rset.core.inputs.InputResult;
import io.rset.core.inputs.OfflineInputs;
import io.rset.core.model.ManifestException;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ReadMode;
import io.rset.core.model.ResourceSet;
import io.rset.core.model.ResourceSetInputProvider;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlSeq;
import io.rset.core.yaml.YamlWriter;
import io.rset.platform.build.PlatformObject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Rule#DUPLICATE_RELEASE_NAME} and {@link Rule#OBJECT_COLLISION} for the ResourceSets of the
 * build that are written in files (with inline {@code spec.inputs}).
 *
 * <p>Collisions: each input set is rendered on its own with core's builder; an object identity
 * (group, kind, namespace, name) rendered by two input sets with different content is reported at
 * the second input (the Flux Operator keeps the first and drops the other without a word).
 * Identical objects (a HelmRepository shared by releases of one chart repository) are fine. Input
 * sets from providers ({@code inputsFrom}: the provider files and the providers of the build) are
 * rendered too.
 */
final class ReleaseCheck implements Check {
  @Override
  public void run(ValidationContext ctx, List<Finding> out) {
    for (PlatformObject o : ctx.objects()) {
      NodeId id = FluxDependencies.idOf(o.object());
      if (!id.kind().equals("ResourceSet")
          || !id.group().equals(FluxDependencies.CONTROLPLANE_GROUP)
          || o.origin() == null
          || o.origin().resourceSet() != null) {
        continue;
      }
      SourceFile f = ctx.source(o.origin().file());
      YamlMap doc = f == null ? null : f.document("ResourceSet", id.name(), o.origin().line());
      if (!(SourceFile.get(doc, "spec", "inputs") instanceof YamlSeq inputs)) {
        continue;
      }
      duplicateNames(f, id, inputs, out);
      collisions(ctx, f, o, id, inputs, out);
    }
  }

  private static void duplicateNames(SourceFile f, NodeId rs, YamlSeq inputs, List<Finding> out) {
    Map<String, Location> seen = new HashMap<>();
    for (YamlNode input : inputs.items()) {
      String name = SourceFile.scalar(input, "name");
      if (name == null || !(input instanceof YamlMap m)) {
        continue;
      }
      Location at = f.keyAt(m, "name");
      Location first = seen.putIfAbsent(name, at);
      if (first != null) {
        out.add(
            Finding.of(
                Rule.DUPLICATE_RELEASE_NAME,
                at,
                "ResourceSet "
                    + rs.namespace()
                    + "/"
                    + rs.name()
                    + " has two input sets named \""
                    + name
                    + "\" (first at line "
                    + first.line()
                    + "); their objects collide and only the first is applied",
                "rename or remove one of the two inputs"));
      }
    }
  }

  private static void collisions(
      ValidationContext ctx,
      SourceFile f,
      PlatformObject o,
      NodeId rs,
      YamlSeq inputs,
      List<Finding> out) {
    ResourceSet rset;
    InputResult result;
    try {
      YamlNode node = new YamlReader().readSingle("resourceset", YamlWriter.toYaml(o.object()));
      rset = ManifestReader.readResourceSet(node, ReadMode.CLI);
      List<ResourceSetInputProvider> selected =
          rset.spec().inputsFrom().isEmpty()
              ? List.of()
              : InputCollector.select(rset, ctx.providers());
      result = OfflineInputs.compute(rset, null, selected);
    } catch (YamlException | ManifestException | InputException | IllegalArgumentException e) {
      return; // the build reports what keeps the ResourceSet from expanding
    }
    Map<String, Map<String, Object>> firstObject = new HashMap<>();
    Map<String, InputSet> firstInput = new HashMap<>();
    Map<String, Boolean> reported = new HashMap<>();
    for (InputSet set : result.sets()) {
      List<Map<String, Object>> objects;
      try {
        objects =
            ResourceSetBuilder.flatten(
                ResourceSetBuilder.build(
                    rset.spec(),
                    new CombinedInputs.Sets(List.of(new InputSet(0, set.id(), set.values())))));
      } catch (BuildException | IllegalArgumentException e) {
        continue; // the build reports template errors
      }
      for (Map<String, Object> obj : objects) {
        NodeId key = FluxDependencies.idOf(obj);
        String k = key.group() + "/" + key;
        Map<String, Object> prev = firstObject.putIfAbsent(k, obj);
        if (prev == null) {
          firstInput.put(k, set);
          continue;
        }
        if (prev.equals(obj) || reported.putIfAbsent(k + "\0" + set.index(), true) != null) {
          continue;
        }
        InputSet first = firstInput.get(k);
        Location firstAt = inputAt(f, inputs, first);
        Location at = inputAt(f, inputs, set);
        out.add(
            Finding.of(
                Rule.OBJECT_COLLISION,
                at.line() > 0 ? at : ValidationContext.origin(o),
                "input "
                    + inputName(set)
                    + " of ResourceSet "
                    + rs.namespace()
                    + "/"
                    + rs.name()
                    + " renders "
                    + key
                    + " differently from input "
                    + inputName(first)
                    + (firstAt.line() > 0 ? " (line " + firstAt.line() + ")" : "")
                    + "; the Flux Operator applies the first and drops this one silently",
                "derive the object's name from the input (e.g. << inputs.name >>), or render it"
                    + " identically"));
      }
    }
  }

  /**
   * An input set's place: the inline input of the same index when its name matches (inline inputs
   * come first), else none.
   */
  private static Location inputAt(SourceFile f, YamlSeq inputs, InputSet set) {
    if (set.index() < inputs.items().size()) {
      YamlNode inline = inputs.items().get(set.index());
      Object name = set.values().get("name");
      if (name == null || String.valueOf(name).equals(SourceFile.scalar(inline, "name"))) {
        return f.at(inline);
      }
    }
    return Location.NONE;
  }

  private static String inputName(InputSet set) {
    Object name = set.values().get("name");
    return name == null ? "#" + set.index() : "\"" + name + "\"";
  }
}

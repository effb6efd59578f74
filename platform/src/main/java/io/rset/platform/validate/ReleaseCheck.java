package io.rset.platform.validate;

import io.rset.core.build.BuildException;
import io.rset.core.build.CombinedInputs;
import io.rset.core.build.InputSet;
import io.rset.core.build.ResourceSetBuilder;
import io.rset.core.graph.FluxDependencies;
import io.rset.core.graph.NodeId;
import io.rset.core.inputs.InputException;
import io.rset.core.inputs.InputResult;
import io.rset.core.inputs.OfflineInputs;
import io.rset.core.model.ManifestException;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ReadMode;
import io.rset.core.model.ResourceSet;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlSeq;
import io.rset.core.yaml.YamlWriter;
import io.rset.platform.build.PlatformObject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@link Rule#DUPLICATE_RELEASE_NAME} and {@link Rule#OBJECT_COLLISION} for the ResourceSets of the
 * build that are written in files (with inline {@code spec.inputs}).
 *
 * <p>Collisions: each input set is rendered on its own with core's builder; an object identity
 * (group, kind, namespace, name) rendered by two input sets with different content is reported at
 * the second input (the Flux Operator keeps the first and drops the other without a word).
 * Identical objects (a HelmRepository shared by releases of one chart repository) are fine.
 * ResourceSets with {@code inputsFrom} are not rendered here.
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
      collisions(f, o, id, inputs, out);
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
      SourceFile f, PlatformObject o, NodeId rs, YamlSeq inputs, List<Finding> out) {
    ResourceSet rset;
    InputResult result;
    try {
      YamlNode node = new YamlReader().readSingle("resourceset", YamlWriter.toYaml(o.object()));
      rset = ManifestReader.readResourceSet(node, ReadMode.CLI);
      if (!rset.spec().inputsFrom().isEmpty()) {
        return;
      }
      result = OfflineInputs.compute(rset, null, null);
    } catch (YamlException | ManifestException | InputException | IllegalArgumentException e) {
      return;
    }
    Map<String, Map<String, Object>> firstObject = new HashMap<>();
    Map<String, Integer> firstInput = new HashMap<>();
    Map<String, Boolean> reported = new LinkedHashMap<>();
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
          firstInput.put(k, set.index());
          continue;
        }
        if (prev.equals(obj) || reported.putIfAbsent(k + "\0" + set.index(), true) != null) {
          continue;
        }
        int first = firstInput.get(k);
        out.add(
            Finding.of(
                Rule.OBJECT_COLLISION,
                inputAt(f, inputs, set.index()),
                "input "
                    + inputName(inputs, set.index())
                    + " of ResourceSet "
                    + rs.namespace()
                    + "/"
                    + rs.name()
                    + " renders "
                    + key
                    + " differently from input "
                    + inputName(inputs, first)
                    + " (line "
                    + inputAt(f, inputs, first).line()
                    + "); the Flux Operator applies the first and drops this one silently",
                "derive the object's name from the input (e.g. << inputs.name >>), or render it"
                    + " identically"));
      }
    }
  }

  private static Location inputAt(SourceFile f, YamlSeq inputs, int index) {
    return index < inputs.items().size() ? f.at(inputs.items().get(index)) : Location.NONE;
  }

  private static String inputName(YamlSeq inputs, int index) {
    String name =
        index < inputs.items().size() ? SourceFile.scalar(inputs.items().get(index), "name") : null;
    return name == null ? "#" + index : "\"" + name + "\"";
  }
}

package io.rset.core.platform;

import io.rset.core.build.BuildException;
import io.rset.core.build.ObjectMetadata;
import io.rset.core.build.ResourceSetBuilder;
import io.rset.core.build.StepResult;
import io.rset.core.inputs.InputException;
import io.rset.core.inputs.InputResult;
import io.rset.core.inputs.OfflineInputs;
import io.rset.core.model.ManifestException;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ObjectMeta;
import io.rset.core.model.ReadMode;
import io.rset.core.model.ResourceSet;
import io.rset.core.model.ResourceSetInputProvider;
import io.rset.core.model.ResourceSetSpec;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code flux-operator build rset} without a cluster (spec §6.2 steps 1–10): reads the ResourceSets
 * of a file, takes their inputs from the manifest, {@code --inputs-from} and Static providers of
 * {@code --inputs-from-provider}, combines them (§2), builds (§3.1–§3.8), and applies {@code
 * commonMetadata} then the owner labels.
 *
 * <p>Unlike the Flux CLI, which reads only the first document of the file, every ResourceSet of the
 * file is built, in order; the first failure stops the build. Failures are {@link BuildFailure}s
 * whose message is the Flux CLI's text and whose location names the file, the ResourceSet and, for
 * template errors, the step, resource, input set and template line.
 *
 * <p>Pure: reads nothing but the request, no clock or environment. Thread-safe.
 */
public final class OfflineBuild {
  private final YamlReader yaml;

  public OfflineBuild() {
    this(new YamlReader());
  }

  public OfflineBuild(YamlReader yaml) {
    this.yaml = yaml;
  }

  /**
   * Builds every ResourceSet of the request's manifest in order.
   *
   * @return one result per ResourceSet, each with at least one object
   * @throws BuildFailure on the first problem
   */
  public List<BuildResult> buildAll(BuildRequest request) {
    List<YamlNode> docs = readManifests(request.manifest());
    List<BuildResult> results = new ArrayList<>(docs.size());
    for (YamlNode doc : docs) {
      results.add(build(doc, request));
    }
    return results;
  }

  private List<YamlNode> readManifests(Source manifest) {
    List<YamlNode> docs;
    try {
      docs = yaml.readDocuments(manifest.name(), manifest.text());
    } catch (YamlException e) {
      throw yamlFailure("error parsing ResourceSet: ", e, manifest.name());
    }
    List<YamlNode> out = new ArrayList<>();
    for (YamlNode d : docs) {
      if (!(d instanceof YamlScalar s && s.value() == null)) {
        out.add(d);
      }
    }
    if (out.isEmpty()) {
      // Go decodes an empty file into an empty ResourceSet, which has no name.
      throw new BuildFailure("ResourceSet name must be set in the manifest", manifest.name());
    }
    return out;
  }

  private BuildResult build(YamlNode doc, BuildRequest request) {
    String file = request.manifest().name();
    if (!(doc instanceof io.rset.core.yaml.YamlMap)) {
      throw new BuildFailure(
          "error parsing ResourceSet: error unmarshaling JSON: while decoding JSON: json: cannot"
              + " unmarshal "
              + InputsFile.jsonType(doc)
              + " into Go value of type v1.ResourceSet",
          String.valueOf(doc.pos()));
    }
    ResourceSet rset;
    try {
      rset = ManifestReader.readResourceSet(doc, ReadMode.CLI);
    } catch (ManifestException e) {
      throw new BuildFailure(
          "error parsing ResourceSet: " + e.detail(), where(file, e.position(), e.path()));
    }
    ObjectMeta meta = rset.metadata();
    String namespace = nonEmpty(meta.namespace()) ? meta.namespace() : request.namespace();
    String at = String.valueOf(doc.pos());
    if (!nonEmpty(namespace)) {
      throw new BuildFailure(
          "ResourceSet namespace must be set either in the manifest or with --namespace", at);
    }
    if (!nonEmpty(meta.name())) {
      throw new BuildFailure("ResourceSet name must be set in the manifest", at);
    }
    meta =
        new ObjectMeta(
            meta.name(),
            namespace,
            meta.uid(),
            meta.generation(),
            meta.labels(),
            meta.annotations());
    rset = new ResourceSet(rset.source(), meta, rset.spec(), rset.status());
    String label = at + ": ResourceSet " + namespace + "/" + meta.name();

    List<Map<String, Object>> inputsFile =
        request.inputsFrom() == null ? null : InputsFile.decode(yaml, request.inputsFrom());
    List<ResourceSetInputProvider> providers =
        request.providers() == null ? null : ProviderFile.load(yaml, request.providers());
    InputResult inputs;
    try {
      inputs = OfflineInputs.compute(rset, inputsFile, providers);
    } catch (InputException e) {
      throw new BuildFailure(e.getMessage(), label);
    }
    if (inputsFile != null) {
      rset = OfflineInputs.withInputsFile(rset, inputsFile);
    }

    ResourceSetSpec spec = rset.spec();
    List<StepResult> steps;
    try {
      steps = ResourceSetBuilder.build(spec, inputs.combined());
    } catch (BuildException e) {
      String where = e.location();
      throw new BuildFailure(
          e.getMessage(), where.isEmpty() ? label : label + ", " + where, e.sourceLine(), e);
    }
    List<Map<String, Object>> objects = ResourceSetBuilder.flatten(steps);
    if (objects.isEmpty()) {
      throw new BuildFailure("no objects were generated", label);
    }
    ObjectMetadata.apply(
        objects, spec.commonMetadata(), meta.name(), namespace, ObjectMetadata.Order.CLI);
    return new BuildResult(rset, steps);
  }

  static BuildFailure yamlFailure(String prefix, YamlException e, String file) {
    String go = e.goMessage() != null ? e.goMessage() : e.getMessage();
    return new BuildFailure(
        prefix + go, e.position() != null ? e.position().toString() : file, null, e);
  }

  private static String where(String file, io.rset.core.yaml.Position pos, String path) {
    String at = pos != null ? pos.toString() : file;
    return path == null || path.isEmpty() ? at : at + ": " + path;
  }

  private static boolean nonEmpty(String s) {
    return s != null && !s.isEmpty();
  }
}

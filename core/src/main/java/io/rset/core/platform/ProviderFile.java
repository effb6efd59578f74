package io.rset.core.platform;

import io.rset.core.model.ManifestException;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ReadMode;
import io.rset.core.model.ResourceSetInputProvider;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
import io.rset.gotemplate.sprig.JsonMarshal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --inputs-from-provider} file (spec §6.2 step 5): Static ResourceSetInputProviders that
 * stand in for the cluster's.
 */
final class ProviderFile {
  private static final String LOAD = "error loading providers from file: ";
  private static final String PARSE = LOAD + "error parsing inputs provider file: ";

  private ProviderFile() {}

  /**
   * Reads every provider of the file. Documents are split and decoded like the Kubernetes reader:
   * {@code items} lists are expanded, objects without {@code kind} are an error, objects without
   * {@code apiVersion} or {@code metadata.name} are skipped; every object is taken as a provider.
   * Namespaces, names and types are {@link io.rset.core.inputs.OfflineInputs#loadProviders}'s job.
   *
   * @throws BuildFailure for unreadable documents
   */
  static List<ResourceSetInputProvider> load(YamlReader yaml, Source file) {
    List<YamlNode> docs;
    try {
      docs = yaml.readKubernetesDocuments(file.name(), file.text());
    } catch (YamlException e) {
      throw OfflineBuild.yamlFailure(PARSE, e, file.name());
    }
    List<ResourceSetInputProvider> out = new ArrayList<>();
    for (YamlNode object : objects(docs)) {
      try {
        out.add(ManifestReader.readInputProvider(withKind(object), ReadMode.CLI));
      } catch (ManifestException e) {
        String at = e.position() != null ? e.position().toString() : file.name();
        throw new BuildFailure(PARSE + e.detail(), e.path().isEmpty() ? at : at + ": " + e.path());
      }
    }
    return out;
  }

  /** Documents expanded into objects: {@code items} lists flattened, incomplete objects dropped. */
  private static List<YamlNode> objects(List<YamlNode> docs) {
    List<YamlNode> out = new ArrayList<>();
    for (YamlNode doc : docs) {
      if (!(doc instanceof YamlMap m)) {
        throw new BuildFailure(
            PARSE
                + "error unmarshaling JSON: while decoding JSON: json: cannot unmarshal "
                + InputsFile.jsonType(doc)
                + " into Go value of type map[string]interface {}",
            doc.pos().toString());
      }
      if (!nonEmptyString(m.entries().get("kind"))) {
        throw new BuildFailure(
            PARSE
                + "error unmarshaling JSON: while decoding JSON: Object 'Kind' is missing in '"
                + JsonMarshal.marshal(m.toValue())
                + "'",
            doc.pos().toString());
      }
      if (m.entries().get("items") instanceof YamlSeq items) {
        for (YamlNode item : items.items()) {
          if (item instanceof YamlMap im && complete(im)) {
            out.add(im);
          }
        }
      } else if (complete(m)) {
        out.add(m);
      }
    }
    return out;
  }

  private static boolean complete(YamlMap m) {
    YamlNode meta = m.entries().get("metadata");
    return nonEmptyString(m.entries().get("apiVersion"))
        && nonEmptyString(m.entries().get("kind"))
        && meta instanceof YamlMap mm
        && nonEmptyString(mm.entries().get("name"));
  }

  private static boolean nonEmptyString(YamlNode n) {
    return n instanceof YamlScalar s && s.value() instanceof String str && !str.isEmpty();
  }

  /** The CLI forces the provider's apiVersion and kind, whatever the file says. */
  private static YamlNode withKind(YamlNode object) {
    YamlMap m = (YamlMap) object;
    Map<String, YamlNode> entries = new LinkedHashMap<>(m.entries());
    entries.put(
        "apiVersion",
        new YamlScalar(
            m.pos(), ResourceSetInputProvider.API_VERSION, ResourceSetInputProvider.API_VERSION));
    entries.put(
        "kind",
        new YamlScalar(m.pos(), ResourceSetInputProvider.KIND, ResourceSetInputProvider.KIND));
    return new YamlMap(m.pos(), entries, m.keyPositions());
  }
}

package io.rset.core.platform;

import io.rset.core.model.InputProviderReference;
import io.rset.core.model.ManifestException;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ObjectMeta;
import io.rset.core.model.ResourceSetInputProvider;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
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
   * {@code apiVersion} or {@code metadata.name} are skipped. Every object is taken as a provider;
   * an empty namespace becomes {@code namespace}, another namespace is ignored. A Static provider
   * exports one input set: its {@code defaultValues} plus {@code id} = Adler-32 of its name.
   *
   * @throws BuildFailure for unreadable documents and non-Static providers
   */
  static List<ResourceSetInputProvider> load(YamlReader yaml, Source file, String namespace) {
    List<YamlNode> docs;
    try {
      docs = yaml.readKubernetesDocuments(file.name(), file.text());
    } catch (YamlException e) {
      throw OfflineBuild.yamlFailure(PARSE, e, file.name());
    }
    List<ResourceSetInputProvider> out = new ArrayList<>();
    for (YamlNode object : objects(docs)) {
      ResourceSetInputProvider p;
      try {
        p = ManifestReader.readInputProvider(withKind(object));
      } catch (ManifestException e) {
        String at = e.position() != null ? e.position().toString() : file.name();
        throw new BuildFailure(PARSE + e.detail(), e.path().isEmpty() ? at : at + ": " + e.path());
      }
      ObjectMeta m = p.metadata();
      String ns = m.namespace() == null || m.namespace().isEmpty() ? namespace : m.namespace();
      if (!ns.equals(namespace)) {
        continue;
      }
      if (m.name() == null || m.name().isEmpty()) {
        throw new BuildFailure(
            LOAD + "ResourceSetInputProvider name must be set in the manifest",
            object.pos().toString());
      }
      if (!"Static".equals(p.spec().type())) {
        throw new BuildFailure(
            LOAD
                + "unsupported provider type '"
                + p.spec().type()
                + "', only 'Static' is supported",
            object.pos().toString());
      }
      Map<String, Object> exported = new LinkedHashMap<>(p.spec().defaultValues());
      exported.put("id", Adler32.id(m.name()));
      ObjectMeta meta =
          new ObjectMeta(m.name(), ns, m.uid(), m.generation(), m.labels(), m.annotations());
      out.add(
          new ResourceSetInputProvider(
              p.source(), meta, p.spec(), List.of(exported), p.lastExportedRevision()));
    }
    return out;
  }

  /**
   * The providers {@code spec.inputsFrom} refers to, by name in the ResourceSet's namespace or by
   * label selector, each once.
   *
   * @throws BuildFailure {@code error filtering providers: …} for an invalid selector or a
   *     reference with neither name nor selector
   */
  static List<ResourceSetInputProvider> referenced(
      List<ResourceSetInputProvider> all, List<InputProviderReference> refs, String namespace) {
    Map<String, ResourceSetInputProvider> byName = new LinkedHashMap<>();
    for (ResourceSetInputProvider p : all) {
      byName.put(p.metadata().name(), p);
    }
    Map<String, ResourceSetInputProvider> picked = new LinkedHashMap<>();
    for (InputProviderReference ref : refs) {
      if (ref.name() != null && !ref.name().isEmpty()) {
        ResourceSetInputProvider p = byName.get(ref.name());
        if (p != null && p.metadata().namespace().equals(namespace)) {
          picked.putIfAbsent(ref.name(), p);
        }
      } else if (ref.selector() != null) {
        Selector sel;
        try {
          sel = Selector.of(ref.selector());
        } catch (IllegalArgumentException e) {
          throw new BuildFailure(
              "error filtering providers: failed to parse selector: " + e.getMessage(), null);
        }
        for (ResourceSetInputProvider p : all) {
          if (sel.matches(p.metadata().labels())) {
            picked.putIfAbsent(p.metadata().name(), p);
          }
        }
      } else {
        throw new BuildFailure(
            "error filtering providers: input provider reference must have either name or"
                + " selector set",
            null);
      }
    }
    return new ArrayList<>(picked.values());
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
                + GoMarshal.compactJson(m.toValue())
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

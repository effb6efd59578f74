package io.rset.core.inputs;

import io.rset.core.model.ObjectMeta;
import io.rset.core.model.ResourceSet;
import io.rset.core.model.ResourceSetInputProvider;
import io.rset.core.model.ResourceSetSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The inputs of {@code flux-operator build rset} (spec §6.2 steps 3-6), with the CLI's error texts.
 * The ResourceSet's namespace must already be resolved (manifest or {@code --namespace}).
 */
public final class OfflineInputs {
  private OfflineInputs() {}

  /**
   * The inputs for an offline build.
   *
   * @param inputsFile the {@code --inputs-from} list, or null when not given
   * @param providersFile the {@code --inputs-from-provider} manifests, or null when not given
   * @throws InputException with the CLI's message, e.g. {@code ResourceSet has '.spec.inputsFrom',
   *     please provide the inputs with --inputs-from or --inputs-from-provider}
   */
  public static InputResult compute(
      ResourceSet rset,
      List<Map<String, Object>> inputsFile,
      List<ResourceSetInputProvider> providersFile) {
    if (!rset.spec().inputsFrom().isEmpty() && inputsFile == null && providersFile == null) {
      throw new InputException(
          "ResourceSet has '.spec.inputsFrom', please provide the inputs with --inputs-from or"
              + " --inputs-from-provider");
    }
    ResourceSet r = inputsFile == null ? rset : withInputsFile(rset, inputsFile);
    List<ResourceSetInputProvider> selected = List.of();
    if (providersFile != null) {
      List<ResourceSetInputProvider> loaded;
      try {
        loaded = loadProviders(r.metadata().namespace(), providersFile);
      } catch (InputException e) {
        throw e.wrap("error loading providers from file");
      }
      try {
        selected = InputCollector.select(r, loaded);
      } catch (InputException e) {
        throw e.wrap("error filtering providers");
      }
    }
    InputResult result;
    try {
      result =
          InputCombiner.combine(
              r, InputCollector.collect(r, selected, InputCollector.StaticId.NAME));
    } catch (InputException e) {
      throw e.wrap("error combining inputs");
    }
    // the CLI has no "inputsFrom yielded nothing" case: zero input sets always render once
    return result.sets().isEmpty()
        ? new InputResult(InputResult.Kind.NO_INPUTS, List.of())
        : result;
  }

  /**
   * The providers of an {@code --inputs-from-provider} file as the CLI keeps them: an empty
   * namespace becomes {@code namespace}, other namespaces are dropped, a missing name is an error,
   * and a non-Static provider needs {@code status.exportedInputs} (the CLI refuses every non-Static
   * provider; accepting exported inputs lets templates be tried against any provider's output).
   */
  public static List<ResourceSetInputProvider> loadProviders(
      String namespace, List<ResourceSetInputProvider> providers) {
    String ns = InputCollector.namespace(namespace);
    List<ResourceSetInputProvider> out = new ArrayList<>();
    for (ResourceSetInputProvider p : providers) {
      ObjectMeta m = p.metadata();
      String pns = InputCollector.namespace(m.namespace());
      if (pns.isEmpty()) {
        pns = ns;
        p =
            new ResourceSetInputProvider(
                p.source(),
                new ObjectMeta(m.name(), ns, m.uid(), m.generation(), m.labels(), m.annotations()),
                p.spec(),
                p.exportedInputs(),
                p.lastExportedRevision());
      }
      if (!pns.equals(ns)) {
        continue;
      }
      if (m.name() == null || m.name().isEmpty()) {
        throw new InputException("ResourceSetInputProvider name must be set in the manifest");
      }
      InputCollector.exportedInputs(p, InputCollector.StaticId.NAME); // type check
      out.add(p);
    }
    return out;
  }

  /**
   * {@code spec.inputs} after reading {@code --inputs-from} into it as the CLI does (Go's JSON
   * decoding into the existing slice): the result has the file's length, and item i is {@code
   * spec.inputs[i]} with the file's item i merged over it (top-level keys), or the file's item
   * alone; a {@code null} item gives an empty set (Go sets the map to nil).
   */
  public static ResourceSet withInputsFile(ResourceSet rset, List<Map<String, Object>> inputsFile) {
    List<Map<String, Object>> merged = new ArrayList<>(inputsFile.size());
    List<Map<String, Object>> existing = rset.spec().inputs();
    for (int i = 0; i < inputsFile.size(); i++) {
      Map<String, Object> m = new LinkedHashMap<>();
      if (inputsFile.get(i) != null) {
        if (i < existing.size()) {
          m.putAll(existing.get(i));
        }
        m.putAll(inputsFile.get(i));
      }
      merged.add(m);
    }
    ResourceSetSpec s = rset.spec();
    return new ResourceSet(
        rset.source(),
        rset.metadata(),
        new ResourceSetSpec(
            s.commonMetadata(),
            s.inputStrategy(),
            merged,
            s.inputsFrom(),
            s.resources(),
            s.resourcesTemplate(),
            s.steps(),
            s.dependsOn(),
            s.serviceAccountName(),
            s.waitForHealth(),
            s.present()),
        rset.status());
  }
}

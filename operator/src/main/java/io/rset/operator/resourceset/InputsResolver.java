package io.rset.operator.resourceset;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.rset.core.inputs.InputCombiner;
import io.rset.core.inputs.InputException;
import io.rset.core.inputs.InputResult;
import io.rset.core.inputs.LabelSelectors;
import io.rset.core.inputs.ProviderInputs;
import io.rset.core.model.InputProviderReference;
import io.rset.core.model.LabelSelector;
import io.rset.core.model.ManifestException;
import io.rset.core.model.ResourceSet;
import io.rset.operator.api.Manifests;
import io.rset.operator.api.ResourceSetInputProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The inputs of a ResourceSet in the cluster (spec §2.2): the providers {@code spec.inputsFrom}
 * names or selects, read with the operator's client, each provider's {@code status.exportedInputs},
 * combined by core's {@link InputCombiner}.
 */
final class InputsResolver {
  private final KubernetesClient client;

  InputsResolver(KubernetesClient client) {
    this.client = client;
  }

  /**
   * @throws InputException with the controller's message (wrapped by the caller as {@code failed to
   *     compute inputs: …})
   */
  InputResult resolve(ResourceSet rset) {
    String ns = rset.metadata().namespace();
    Map<String, ResourceSetInputProvider> collected = new LinkedHashMap<>();
    for (InputProviderReference ref : rset.spec().inputsFrom()) {
      if (ref.name() != null && !ref.name().isEmpty()) {
        if (collected.containsKey(ref.name())) {
          continue;
        }
        ResourceSetInputProvider p;
        try {
          p =
              client
                  .resources(ResourceSetInputProvider.class)
                  .inNamespace(ns)
                  .withName(ref.name())
                  .get();
        } catch (KubernetesClientException e) {
          throw new InputException(
              "failed to get provider "
                  + ns
                  + "/"
                  + ref.name()
                  + ": "
                  + ApiException.of(e).getMessage());
        }
        if (p == null) {
          throw new InputException(
              "failed to get provider "
                  + ns
                  + "/"
                  + ref.name()
                  + ": resourcesetinputproviders.fluxcd.controlplane.io \""
                  + ref.name()
                  + "\" not found");
        }
        collected.put(ref.name(), p);
      } else if (ref.selector() != null) {
        Predicate<Map<String, String>> matcher;
        try {
          matcher = LabelSelectors.compile(ref.selector());
        } catch (InputException e) {
          throw new InputException(
              "failed to parse selector " + display(ref.selector()) + ": " + e.getMessage());
        }
        List<ResourceSetInputProvider> all;
        try {
          all = client.resources(ResourceSetInputProvider.class).inNamespace(ns).list().getItems();
        } catch (KubernetesClientException e) {
          throw new InputException(
              "failed to list providers with selector "
                  + display(ref.selector())
                  + ": "
                  + ApiException.of(e).getMessage());
        }
        for (ResourceSetInputProvider p : all) {
          Map<String, String> labels = p.getMetadata().getLabels();
          if (matcher.test(labels == null ? Map.of() : labels)) {
            collected.put(p.getMetadata().getName(), p);
          }
        }
      } else {
        throw new InputException("input provider reference must have either name or selector set");
      }
    }
    List<ResourceSetInputProvider> sorted = new ArrayList<>(collected.values());
    sorted.sort(Comparator.comparing(p -> p.getMetadata().getName()));
    List<ProviderInputs> providers = new ArrayList<>();
    providers.add(
        new ProviderInputs(ResourceSet.KIND, rset.metadata().name(), ns, rset.spec().inputs()));
    for (ResourceSetInputProvider p : sorted) {
      io.rset.core.model.ResourceSetInputProvider model;
      try {
        model = Manifests.toModel(p);
      } catch (ManifestException e) {
        throw new InputException(
            "failed to get inputs from ResourceSetInputProvider/"
                + p.getMetadata().getName()
                + ": "
                + Manifests.describe(e));
      }
      List<Map<String, Object>> exported =
          model.exportedInputs() == null ? List.of() : model.exportedInputs();
      providers.add(
          new ProviderInputs(
              ResourceSetInputProvider.KIND, p.getMetadata().getName(), ns, exported));
    }
    return InputCombiner.combine(rset, providers);
  }

  /** The selector in Kubernetes' string form: {@code a=b,c in (x,y),!d}. */
  static String display(LabelSelector s) {
    List<String> parts = new ArrayList<>();
    new TreeMap<>(s.matchLabels()).forEach((k, v) -> parts.add(k + "=" + v));
    for (LabelSelector.Requirement r : s.matchExpressions()) {
      switch (r.operator()) {
        case "In" -> parts.add(r.key() + " in (" + String.join(",", r.values()) + ")");
        case "NotIn" -> parts.add(r.key() + " notin (" + String.join(",", r.values()) + ")");
        case "Exists" -> parts.add(r.key());
        case "DoesNotExist" -> parts.add("!" + r.key());
        default ->
            parts.add(r.key() + " " + r.operator() + " (" + String.join(",", r.values()) + ")");
      }
    }
    return String.join(",", parts);
  }
}

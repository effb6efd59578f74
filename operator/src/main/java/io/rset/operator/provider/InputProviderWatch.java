package io.rset.operator.provider;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.javaoperatorsdk.operator.api.config.informer.InformerEventSourceConfiguration;
import io.javaoperatorsdk.operator.api.reconciler.EventSourceContext;
import io.javaoperatorsdk.operator.processing.event.ResourceID;
import io.javaoperatorsdk.operator.processing.event.source.filter.OnUpdateFilter;
import io.javaoperatorsdk.operator.processing.event.source.informer.InformerEventSource;
import io.rset.core.inputs.InputException;
import io.rset.core.inputs.LabelSelectors;
import io.rset.core.model.LabelSelector;
import io.rset.operator.api.ResourceSet;
import io.rset.operator.api.ResourceSetInputProvider;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The ResourceSet controller's watch on ResourceSetInputProviders (spec §4.1): a provider's
 * creation and deletion always, and an update only when {@code status.lastExportedRevision}
 * changed, requeue every ResourceSet of the provider's namespace that selects it through {@code
 * spec.inputsFrom} — by {@code name}, or by {@code selector} for entries without a name.
 *
 * <p>The ResourceSet reconciler registers it from {@code prepareEventSources}:
 *
 * <pre>{@code
 * return List.of(InputProviderWatch.eventSource(context));
 * }</pre>
 */
public final class InputProviderWatch {
  /** The event source's name. */
  public static final String NAME = "resourcesetinputproviders";

  private InputProviderWatch() {}

  /** The event source, watching providers in the namespaces of the ResourceSet controller. */
  public static InformerEventSource<ResourceSetInputProvider, ResourceSet> eventSource(
      EventSourceContext<ResourceSet> context) {
    InformerEventSourceConfiguration<ResourceSetInputProvider> config =
        InformerEventSourceConfiguration.from(ResourceSetInputProvider.class, ResourceSet.class)
            .withName(NAME)
            .withNamespacesInheritedFromController()
            .withOnUpdateFilter(new RevisionChanged())
            .withSecondaryToPrimaryMapper(
                provider ->
                    selecting(
                            context.getPrimaryCache().list(provider.getMetadata().getNamespace()),
                            provider)
                        .stream()
                        .map(ResourceID::fromResource)
                        .collect(Collectors.toSet()))
            .build();
    return new InformerEventSource<>(config, context);
  }

  /** Passes an update only when {@code status.lastExportedRevision} changed. */
  static final class RevisionChanged implements OnUpdateFilter<ResourceSetInputProvider> {
    @Override
    public boolean accept(ResourceSetInputProvider updated, ResourceSetInputProvider old) {
      return old == null || !Objects.equals(revision(updated), revision(old));
    }

    private static String revision(ResourceSetInputProvider p) {
      return p.getStatus() == null ? null : p.getStatus().lastExportedRevision();
    }
  }

  /** The ResourceSets among {@code candidates} (any namespace) that select {@code provider}. */
  static List<ResourceSet> selecting(
      java.util.stream.Stream<ResourceSet> candidates, ResourceSetInputProvider provider) {
    String namespace = provider.getMetadata().getNamespace();
    List<ResourceSet> result = new ArrayList<>();
    candidates
        .filter(rs -> Objects.equals(namespace, rs.getMetadata().getNamespace()))
        .filter(rs -> selects(rs, provider))
        .forEach(result::add);
    return result;
  }

  /** Whether an {@code inputsFrom} entry of {@code rs} names or selects {@code provider}. */
  static boolean selects(ResourceSet rs, HasMetadata provider) {
    if (rs.getSpec() == null) {
      return false;
    }
    Map<String, String> labels =
        provider.getMetadata().getLabels() == null ? Map.of() : provider.getMetadata().getLabels();
    for (Map<String, Object> ref : rs.getSpec().objects("inputsFrom")) {
      Object name = ref.get("name");
      if (name instanceof String n && !n.isEmpty()) {
        if (n.equals(provider.getMetadata().getName())) {
          return true;
        }
        continue; // entries with a name never fall through to selector matching
      }
      if (ref.get("selector") instanceof Map<?, ?> selector && matches(selector, labels)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Map<?, ?> selector, Map<String, String> labels) {
    Map<String, String> matchLabels = new LinkedHashMap<>();
    if (selector.get("matchLabels") instanceof Map<?, ?> m) {
      m.forEach((k, v) -> matchLabels.put(String.valueOf(k), v == null ? "" : String.valueOf(v)));
    }
    List<LabelSelector.Requirement> expressions = new ArrayList<>();
    if (selector.get("matchExpressions") instanceof List<?> list) {
      for (Object o : list) {
        if (o instanceof Map<?, ?> e) {
          List<String> values = new ArrayList<>();
          if (e.get("values") instanceof List<?> vs) {
            vs.forEach(v -> values.add(String.valueOf(v)));
          }
          expressions.add(
              new LabelSelector.Requirement(
                  String.valueOf(e.get("key")), String.valueOf(e.get("operator")), values));
        }
      }
    }
    try {
      return LabelSelectors.compile(new LabelSelector(matchLabels, expressions)).test(labels);
    } catch (InputException e) {
      return false; // an invalid selector selects nothing; the ResourceSet reports it
    }
  }
}

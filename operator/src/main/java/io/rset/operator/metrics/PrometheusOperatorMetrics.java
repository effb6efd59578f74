package io.rset.operator.metrics;

import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.prometheus.metrics.core.metrics.Info;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@link OperatorMetrics} kept in a Prometheus registry:
 *
 * <ul>
 *   <li>{@code rset_reconcile_duration_seconds} histogram, label {@code kind};
 *   <li>{@code flux_resourceset_info} / {@code flux_resourcesetinputprovider_info} gauges (value
 *       1), one series per object (spec §4.15);
 *   <li>{@code rset_applied_objects_total} counter, label {@code action}.
 * </ul>
 */
public final class PrometheusOperatorMetrics implements OperatorMetrics {
  /** Bucket bounds of the duration histogram: Prometheus' defaults, then up to 10 minutes. */
  private static final Duration[] BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10),
    Duration.ofSeconds(30),
    Duration.ofMinutes(1),
    Duration.ofMinutes(5),
    Duration.ofMinutes(10)
  };

  private static final KubernetesSerialization SERIALIZATION = new KubernetesSerialization();

  private final PrometheusMeterRegistry registry;

  /** The info metrics by name, registered on first use. */
  private final Map<String, Info> infoMetrics = new ConcurrentHashMap<>();

  /** The label values of each object's one live info series, keyed by metric, namespace, name. */
  private final Map<String, String[]> infoSeries = new ConcurrentHashMap<>();

  /** Metrics in a new Prometheus registry. */
  public PrometheusOperatorMetrics() {
    this(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT));
  }

  /** Metrics in the given registry. */
  public PrometheusOperatorMetrics(PrometheusMeterRegistry registry) {
    this.registry = registry;
  }

  /** The registry, to serve and to share with JOSDK's own metrics. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The exposition text served on {@code /metrics}. */
  public String scrape() {
    return registry.scrape();
  }

  @Override
  @SuppressWarnings("unchecked")
  public void recordStatus(HasMetadata object) {
    if (ObjectInfo.metricFor(object.getKind()) == null) {
      return;
    }
    ObjectInfo info = ObjectInfo.of(SERIALIZATION.convertValue(object, Map.class));
    Info metric =
        infoMetrics.computeIfAbsent(
            info.metric(),
            name ->
                Info.builder()
                    .name(name)
                    .help("Information about the object's reconciliation status")
                    .labelNames(info.labels().keySet().toArray(String[]::new))
                    .register(registry.getPrometheusRegistry()));
    String[] values = info.labels().values().toArray(String[]::new);
    infoSeries.compute(
        key(info.metric(), info.namespace(), info.name()),
        (k, previous) -> {
          if (previous != null) {
            metric.remove(previous);
          }
          metric.addLabelValues(values);
          return values;
        });
  }

  @Override
  public void forget(HasMetadata object) {
    String metric = ObjectInfo.metricFor(object.getKind());
    if (metric == null) {
      return;
    }
    String key = key(metric, object.getMetadata().getNamespace(), object.getMetadata().getName());
    infoSeries.computeIfPresent(
        key,
        (k, previous) -> {
          infoMetrics.get(metric).remove(previous);
          return null;
        });
  }

  @Override
  public void recordApplied(String action) {
    Counter.builder("rset.applied.objects")
        .description("Objects applied or garbage collected, by changeset action")
        .tag("action", action)
        .register(registry)
        .increment();
  }

  @Override
  public void recordReconcile(String kind, Duration duration) {
    Timer.builder("rset.reconcile.duration")
        .description("Duration of one reconcile, by kind")
        .tag("kind", kind)
        .serviceLevelObjectives(BUCKETS)
        .register(registry)
        .record(duration);
  }

  private static String key(String metric, String namespace, String name) {
    return metric + '\u0000' + namespace + '\u0000' + name;
  }
}

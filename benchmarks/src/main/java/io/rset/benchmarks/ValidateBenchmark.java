package io.rset.benchmarks;

import io.rset.core.graph.DependencyGraph;
import io.rset.platform.build.PlatformBuild;
import io.rset.platform.build.PlatformBuildOptions;
import io.rset.platform.validate.PlatformValidator;
import io.rset.platform.validate.ValidateOptions;
import io.rset.platform.validate.ValidationReport;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * {@code rset platform validate} (build included) over a generated platform directory of {@code
 * releases} Helm releases laid out as users keep it: a kustomization with a {@code platform-values}
 * generator entry per release, a namespaces ResourceSet, a helm-charts ResourceSet whose releases
 * depend on two earlier ones each (the first on none, the second on one), a config ResourceSet of
 * three chained Kustomizations, values files using a cluster variable and a versions.env. With 500
 * releases the graph has 1,000 dependency edges (997 between releases, one ResourceSet →
 * ResourceSet, two Kustomization → Kustomization). The platform validates clean; the setup fails
 * otherwise.
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ValidateBenchmark -prof gc} (time per
 * validation; {@code gc.alloc.rate.norm} is the heap allocated per validation). Compare 100 and 500
 * releases for the scaling.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgs = {"-Xms1g", "-Xmx1g"})
public class ValidateBenchmark {
  @Param({"100", "500"})
  public int releases;

  private Path dir;

  /** Writes the platform into a temporary directory and checks that it validates clean. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    dir = Files.createTempDirectory("rset-validate-bench");
    GeneratedPlatform.write(dir, releases);
    ValidationReport r = PlatformValidator.validate(ValidateOptions.of(dir));
    if (!r.findings().isEmpty()) {
      throw new IllegalStateException("generated platform has findings: " + r.findings());
    }
    DependencyGraph g =
        DependencyGraph.of(
            PlatformBuild.run(new PlatformBuildOptions(dir, null, null, false, true, true))
                .plainObjects());
    System.out.printf(
        "%n%d releases: %d objects, %d graph nodes, %d dependency edges%n",
        releases, r.objects(), g.nodes().size(), g.edges().size());
  }

  /** Deletes the temporary directory. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }

  /** One full validation: lenient recursive build, graph, every rule. */
  @Benchmark
  public ValidationReport validate() {
    return PlatformValidator.validate(ValidateOptions.of(dir));
  }

  /** Writes the generated platform. */
  static final class GeneratedPlatform {
    private GeneratedPlatform() {}

    static void write(Path dir, int releases) {
      int namespaces = Math.max(1, releases / 10);
      StringBuilder kustomization =
          new StringBuilder(
              "apiVersion: kustomize.config.k8s.io/v1beta1\n"
                  + "kind: Kustomization\n"
                  + "namespace: flux-system\n"
                  + "resources:\n"
                  + "  - namespaces.yaml\n"
                  + "  - helm-charts.yaml\n"
                  + "  - config.yaml\n"
                  + "generatorOptions:\n"
                  + "  disableNameSuffixHash: true\n"
                  + "configMapGenerator:\n"
                  + "  - name: platform-values\n"
                  + "    files:\n");
      StringBuilder versions = new StringBuilder();
      StringBuilder inputs = new StringBuilder();
      for (int i = 0; i < releases; i++) {
        String name = "release-" + i;
        kustomization.append(
            i % 2 == 0
                ? "      - charts/" + name + ".yaml\n"
                : "      - " + name + ".yaml=charts/" + name + ".yaml\n");
        write(
            dir.resolve("charts/" + name + ".yaml"),
            "# yaml-language-server: $schema=https://example.com/"
                + name
                + ".json\n"
                + "replicaCount: 2\n"
                + "ingress:\n"
                + "  enabled: true\n"
                + "  host: "
                + name
                + ".${internal_domain}\n");
        versions.append("release_").append(i).append("_version=1.").append(i).append(".0\n");
        inputs
            .append("    - name: ")
            .append(name)
            .append("\n      namespace: ns-")
            .append(i % namespaces)
            .append("\n      chart:\n        name: chart-")
            .append(i)
            .append("\n        version: \"${release_")
            .append(i)
            .append("_version}\"\n        url: ")
            .append(
                i % 3 == 0
                    ? "oci://ghcr.io/example/charts"
                    : "https://charts.example.com/" + (i % 7))
            .append("\n      dependsOn: ")
            .append(dependsOn(i))
            .append('\n');
      }
      write(dir.resolve("kustomization.yaml"), kustomization.toString());
      write(dir.resolve("versions.env"), versions.toString());
      write(dir.resolve("cluster.env"), "internal_domain=home.example.com\n");

      StringBuilder ns = new StringBuilder();
      for (int i = 0; i < namespaces; i++) {
        ns.append("    - name: ns-").append(i).append('\n');
      }
      write(
          dir.resolve("namespaces.yaml"),
          "apiVersion: fluxcd.controlplane.io/v1\n"
              + "kind: ResourceSet\n"
              + "metadata:\n"
              + "  name: platform-namespaces\n"
              + "spec:\n"
              + "  inputs:\n"
              + ns
              + "  resourcesTemplate: |\n"
              + "    apiVersion: v1\n"
              + "    kind: Namespace\n"
              + "    metadata:\n"
              + "      name: << inputs.name >>\n");
      write(
          dir.resolve("helm-charts.yaml"),
          "apiVersion: fluxcd.controlplane.io/v1\n"
              + "kind: ResourceSet\n"
              + "metadata:\n"
              + "  name: platform-resources\n"
              + "spec:\n"
              + "  dependsOn:\n"
              + "    - apiVersion: fluxcd.controlplane.io/v1\n"
              + "      kind: ResourceSet\n"
              + "      name: platform-namespaces\n"
              + "      namespace: flux-system\n"
              + "  inputs:\n"
              + inputs
              + "  resourcesTemplate: |\n"
              + "    apiVersion: source.toolkit.fluxcd.io/v1\n"
              + "    kind: HelmRepository\n"
              + "    metadata:\n"
              + "      name: << inputs.name >>\n"
              + "      namespace: flux-system\n"
              + "    spec:\n"
              + "      interval: 1h\n"
              + "      url: << inputs.chart.url >>\n"
              + "      <<- if hasPrefix \"oci://\" inputs.chart.url >>\n"
              + "      type: oci\n"
              + "      <<- end >>\n"
              + "    ---\n"
              + "    apiVersion: helm.toolkit.fluxcd.io/v2\n"
              + "    kind: HelmRelease\n"
              + "    metadata:\n"
              + "      name: << inputs.name >>\n"
              + "      namespace: flux-system\n"
              + "    spec:\n"
              + "      interval: 1h\n"
              + "      releaseName: << inputs.name >>\n"
              + "      targetNamespace: << inputs.namespace >>\n"
              + "      chart:\n"
              + "        spec:\n"
              + "          chart: << inputs.chart.name >>\n"
              + "          version: << inputs.chart.version | quote >>\n"
              + "          sourceRef:\n"
              + "            kind: HelmRepository\n"
              + "            name: << inputs.name >>\n"
              + "      dependsOn:\n"
              + "        <<- range $dep := inputs.dependsOn >>\n"
              + "        - name: << $dep >>\n"
              + "        <<- end >>\n"
              + "      valuesFrom:\n"
              + "        - kind: ConfigMap\n"
              + "          name: platform-values\n"
              + "          valuesKey: << inputs.name >>.yaml\n");
      StringBuilder config = new StringBuilder();
      for (int i = 0; i < 3; i++) {
        config
            .append("    - name: app-")
            .append(i)
            .append("\n      dependsOn: ")
            .append(i == 0 ? "[]" : "[config-app-" + (i - 1) + "]")
            .append('\n');
        write(
            dir.resolve("config/app-" + i + "/kustomization.yaml"),
            "apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\nresources:\n"
                + "  - configmap.yaml\n");
        write(
            dir.resolve("config/app-" + i + "/configmap.yaml"),
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: app-"
                + i
                + "\n  namespace: ns-0\ndata:\n  key: value\n");
      }
      write(
          dir.resolve("config.yaml"),
          "apiVersion: fluxcd.controlplane.io/v1\n"
              + "kind: ResourceSet\n"
              + "metadata:\n"
              + "  name: platform-config\n"
              + "spec:\n"
              + "  inputs:\n"
              + config
              + "  resourcesTemplate: |\n"
              + "    apiVersion: kustomize.toolkit.fluxcd.io/v1\n"
              + "    kind: Kustomization\n"
              + "    metadata:\n"
              + "      name: config-<< inputs.name >>\n"
              + "      namespace: flux-system\n"
              + "    spec:\n"
              + "      interval: 1h\n"
              + "      path: ./config/<< inputs.name >>\n"
              + "      prune: true\n"
              + "      sourceRef:\n"
              + "        kind: GitRepository\n"
              + "        name: flux-system\n"
              + "      dependsOn:\n"
              + "        <<- range $dep := inputs.dependsOn >>\n"
              + "        - name: << $dep >>\n"
              + "        <<- end >>\n");
    }

    /** Release i depends on i-1 and on a pseudo-random earlier release (none for 0, one for 1). */
    static String dependsOn(int i) {
      if (i == 0) {
        return "[]";
      }
      if (i == 1) {
        return "[release-0]";
      }
      int other = (int) ((i * 2654435761L) % (i - 1));
      return "[release-" + (i - 1) + ", release-" + other + "]";
    }

    private static void write(Path file, String text) {
      try {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Runs one validation of each size outside JMH and prints the timing (a smoke run). */
  public static void main(String[] args) throws IOException {
    for (int n : List.of(100, 500)) {
      ValidateBenchmark b = new ValidateBenchmark();
      b.releases = n;
      b.setUp();
      long t0 = System.nanoTime();
      b.validate();
      System.out.printf("%d releases: %.0f ms%n", n, (System.nanoTime() - t0) / 1e6);
      b.tearDown();
    }
  }
}

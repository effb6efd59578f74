package io.rset.cli.operator;

import ch.qos.logback.classic.Level;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.rset.cli.CliException;
import io.rset.cli.VersionProvider;
import io.rset.cluster.ClusterException;
import io.rset.cluster.KubeConnection;
import io.rset.core.time.GoDuration;
import io.rset.operator.runtime.LeaderElection;
import io.rset.operator.runtime.ListenAddress;
import io.rset.operator.runtime.OperatorLogging;
import io.rset.operator.runtime.OperatorRuntime;
import io.rset.operator.runtime.OperatorSettings;
import io.rset.operator.runtime.StandardControllers;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code rset operator}: runs the ResourceSet operator against a cluster until the process is
 * stopped (SIGTERM/SIGINT) or the thread is interrupted. Logs are JSON lines on stdout.
 */
@Command(
    name = "operator",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Run the ResourceSet operator against a cluster.")
public final class OperatorCommand implements Callable<Integer> {
  @Spec private CommandSpec spec;

  @Option(
      names = "--watch-namespace",
      split = ",",
      paramLabel = "NAMESPACE",
      description =
          "Namespace whose objects are reconciled (repeatable or comma-separated; default: all).")
  List<String> watchNamespaces = new ArrayList<>();

  @Option(
      names = "--concurrent",
      defaultValue = "10",
      description = "Number of reconciles run in parallel (default: ${DEFAULT-VALUE}).")
  int concurrent;

  @Option(
      names = "--requeue-dependency",
      defaultValue = "5s",
      converter = GoDurationConverter.class,
      description = "Retry interval of a failed dependency check (default: ${DEFAULT-VALUE}).")
  Duration requeueDependency;

  @Option(
      names = "--default-service-account",
      defaultValue = "${env:DEFAULT_SERVICE_ACCOUNT}",
      description =
          "Service account impersonated for ResourceSets without spec.serviceAccountName"
              + " (env DEFAULT_SERVICE_ACCOUNT).")
  String defaultServiceAccount;

  @Option(
      names = "--override-manager",
      split = ",",
      paramLabel = "NAME",
      description =
          "Field manager whose fields the operator takes over on the objects it applies"
              + " (repeatable or comma-separated).")
  List<String> overrideManagers = new ArrayList<>();

  @Option(
      names = "--leader-elect",
      description = "Elect a leader through a Lease so that only one replica reconciles.")
  boolean leaderElect;

  @Option(
      names = "--leader-election-id",
      defaultValue = LeaderElection.DEFAULT_LEASE_NAME,
      description = "Name of the leader election Lease (default: ${DEFAULT-VALUE}).")
  String leaseName;

  @Option(
      names = "--leader-election-namespace",
      defaultValue = "${env:POD_NAMESPACE}",
      description = "Namespace of the Lease (default: $POD_NAMESPACE, else the client's).")
  String leaseNamespace;

  @Option(
      names = "--metrics-addr",
      defaultValue = ":8080",
      converter = AddressConverter.class,
      description = "Address of the /metrics endpoint, 0 to disable (default: ${DEFAULT-VALUE}).")
  ListenAddress metricsAddress;

  @Option(
      names = "--health-addr",
      defaultValue = ":8081",
      converter = AddressConverter.class,
      description =
          "Address of the /healthz and /readyz probes, 0 to disable (default: ${DEFAULT-VALUE}).")
  ListenAddress healthAddress;

  @Option(
      names = "--log-level",
      defaultValue = "info",
      converter = LevelConverter.class,
      description = "One of trace, debug, info, warn, error (default: ${DEFAULT-VALUE}).")
  Level logLevel;

  @Option(names = "--kubeconfig", description = "Path to the kubeconfig file.")
  String kubeconfig;

  @Option(
      names = {"--kube-context", "--context"},
      description = "The kubeconfig context to use.")
  String context;

  @Option(names = "--kube-server", description = "The API server's address.")
  String server;

  /** The settings these flags describe. */
  OperatorSettings settings() {
    Set<String> namespaces = new LinkedHashSet<>();
    for (String ns : watchNamespaces) {
      if (!ns.isBlank()) {
        namespaces.add(ns.trim());
      }
    }
    LeaderElection election = null;
    if (leaderElect) {
      String ns = leaseNamespace == null || leaseNamespace.isBlank() ? null : leaseNamespace;
      election = LeaderElection.withDefaults(leaseName, ns);
    }
    List<String> managers = new ArrayList<>();
    for (String m : overrideManagers) {
      if (!m.isBlank() && !managers.contains(m.trim())) {
        managers.add(m.trim());
      }
    }
    try {
      return new OperatorSettings(
          namespaces,
          concurrent,
          requeueDependency,
          defaultServiceAccount == null || defaultServiceAccount.isBlank()
              ? null
              : defaultServiceAccount,
          election,
          metricsAddress,
          healthAddress,
          managers);
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
  }

  @Override
  public Integer call() throws Exception {
    OperatorSettings settings = settings();
    PrintWriter out = spec.commandLine().getOut();
    OperatorLogging.configure(logLevel, new WriterStream(out));
    KubernetesClient client;
    try {
      client =
          new KubeConnection(
                  kubeconfig,
                  context,
                  null,
                  List.of(),
                  null,
                  null,
                  server,
                  null,
                  null,
                  null,
                  null,
                  false)
              .client();
    } catch (ClusterException e) {
      throw new CliException(e.getMessage(), e);
    }
    CountDownLatch stopped = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    OperatorRuntime runtime =
        new OperatorRuntime(client, settings, new StandardControllers(), true);
    // on SIGTERM: release the main thread, then hold the JVM until the operator has stopped
    Thread hook =
        new Thread(
            () -> {
              stopped.countDown();
              awaitQuietly(closed, SHUTDOWN_GRACE);
            },
            "rset-operator-shutdown");
    Runtime.getRuntime().addShutdownHook(hook);
    try {
      runtime.start();
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (RuntimeException e) {
      throw new CliException("operator failed to start: " + e.getMessage(), e);
    } finally {
      try {
        runtime.close();
      } finally {
        closed.countDown();
        removeHook(hook);
      }
    }
    return 0;
  }

  /** How long a SIGTERM waits for running reconciles to finish and the operator to stop. */
  private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(25);

  private static void awaitQuietly(CountDownLatch latch, Duration timeout) {
    try {
      latch.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  private static void removeHook(Thread hook) {
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException e) {
      // the JVM is shutting down: the hook is running
    }
  }

  /** Log lines to the command's output writer (each line arrives as one whole byte array). */
  private static final class WriterStream extends OutputStream {
    private final PrintWriter writer;

    WriterStream(PrintWriter writer) {
      this.writer = writer;
    }

    @Override
    public void write(int b) {
      writer.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) {
      writer.write(new String(b, off, len, StandardCharsets.UTF_8));
    }

    @Override
    public void flush() {
      writer.flush();
    }
  }

  /** A Go duration flag value ({@code 5s}, {@code 1m30s}). */
  static final class GoDurationConverter implements ITypeConverter<Duration> {
    @Override
    public Duration convert(String value) {
      try {
        return GoDuration.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A listen address flag value ({@code :8080}, {@code 127.0.0.1:8080}, {@code 0}). */
  static final class AddressConverter implements ITypeConverter<ListenAddress> {
    @Override
    public ListenAddress convert(String value) {
      try {
        return ListenAddress.parse(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }

  /** A log level flag value. */
  static final class LevelConverter implements ITypeConverter<Level> {
    @Override
    public Level convert(String value) {
      try {
        return OperatorLogging.parseLevel(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}

package io.rset.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KubeConnectionTest {
  @TempDir Path home;

  private boolean nothing(Map<String, String> env, Map<String, String> props) {
    return KubeConnection.nothingConfigured(env::get, props::get, home);
  }

  @Test
  void noKubeconfigAnywhereIsNothingConfigured() {
    assertThat(nothing(Map.of(), Map.of())).isTrue();
    assertThat(nothing(Map.of("KUBECONFIG", home.resolve("absent").toString()), Map.of())).isTrue();
  }

  @Test
  void aKubeconfigFileInHomeOrKubeconfigCounts() throws IOException {
    Path file = Files.writeString(home.resolve("cfg"), "apiVersion: v1\n");
    assertThat(
            nothing(Map.of("KUBECONFIG", "/absent" + java.io.File.pathSeparator + file), Map.of()))
        .isFalse();
    assertThat(nothing(Map.of(), Map.of("kubeconfig", file.toString()))).isFalse();
    Files.createDirectories(home.resolve(".kube"));
    Files.writeString(home.resolve(".kube/config"), "apiVersion: v1\n");
    assertThat(nothing(Map.of(), Map.of())).isFalse();
  }

  @Test
  void inClusterOrAMasterUrlCounts() {
    assertThat(nothing(Map.of("KUBERNETES_SERVICE_HOST", "10.0.0.1"), Map.of())).isFalse();
    assertThat(nothing(Map.of("KUBERNETES_MASTER", "https://k8s:6443"), Map.of())).isFalse();
    assertThat(nothing(Map.of(), Map.of("kubernetes.master", "https://k8s:6443"))).isFalse();
  }

  @Test
  void missingKubeconfigFlagFile() {
    KubeConnection c =
        new KubeConnection(
            home.resolve("nope").toString(),
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            false);
    assertThatThrownBy(c::config)
        .isInstanceOf(ClusterException.class)
        .hasMessage("kubeconfig " + home.resolve("nope") + " does not exist or is not readable");
  }
}

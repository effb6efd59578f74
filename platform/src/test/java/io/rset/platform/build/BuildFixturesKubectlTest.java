package io.rset.platform.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.platform.kustomize.KResource;
import io.rset.platform.kustomize.KustomizeOptions;
import io.rset.platform.kustomize.Kustomizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 4's compatibility rule for this package's fixtures: the kustomize step of every fixture
 * under {@code src/test/resources/build} (before substitution and expansion) equals {@code kubectl
 * kustomize} of the same directory, compared as parsed objects in order. Without kubectl the test
 * fails when the environment variable CI is set and is skipped otherwise.
 */
class BuildFixturesKubectlTest {

  @TestFactory
  Stream<DynamicTest> kustomizeStepEqualsKubectl() throws IOException {
    boolean kubectl = kubectlAvailable();
    if (!kubectl && System.getenv("CI") != null) {
      throw new AssertionError("kubectl is required in CI for the compatibility test");
    }
    assumeTrue(kubectl, "kubectl not installed");
    List<Path> dirs;
    try (Stream<Path> s = Files.walk(Fixtures.DIR)) {
      dirs =
          s.filter(p -> p.getFileName().toString().equals("kustomization.yaml"))
              .map(Path::getParent)
              .sorted()
              .toList();
    }
    assertThat(dirs).hasSizeGreaterThanOrEqualTo(10);
    return dirs.stream().map(d -> DynamicTest.dynamicTest(d.toString(), () -> compare(d)));
  }

  private static void compare(Path dir) throws Exception {
    Process p = new ProcessBuilder("kubectl", "kustomize", dir.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("kubectl kustomize %s: %s", dir, err).isZero();
    List<Object> want =
        new YamlReader()
            .readKubernetesDocuments("kubectl", out).stream().map(YamlNode::toValue).toList();
    List<Object> got =
        new Kustomizer(new KustomizeOptions(false))
            .build(dir).resources().stream().map(KResource::object).map(o -> (Object) o).toList();
    assertThat(got).isEqualTo(want);
  }

  private static boolean kubectlAvailable() {
    try {
      Process p =
          new ProcessBuilder("kubectl", "version", "--client").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}

package io.rset.platform.build;

import static io.rset.platform.build.Fixtures.at;
import static io.rset.platform.build.Fixtures.find;
import static org.assertj.core.api.Assertions.assertThat;

import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.platform.kustomize.GeneratedKustomization;
import io.rset.platform.kustomize.KResource;
import io.rset.platform.kustomize.KustomizeResult;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A followed Flux Kustomization whose {@code spec.path} has no kustomization file (fixture {@code
 * build/recursive-generated}): rset builds it from the kustomization kustomize-controller would
 * generate, as {@code kubectl kustomize} builds that generated file.
 */
class GeneratedKustomizationTest {
  private static final Path PLAIN = Fixtures.dir("recursive-generated").resolve("apps/plain");

  @Test
  void listsManifestsAndKustomizationDirectoriesInGoWalkOrder() {
    assertThat(GeneratedKustomization.needed(PLAIN)).isTrue();
    assertThat(GeneratedKustomization.needed(PLAIN.resolve("withk"))).isFalse();
    // README.md is not a manifest; withk/ has its own kustomization, so only it is listed;
    // .sops.yaml, .github/ and nested/.gitlab-ci.yml are not in a Flux artifact at all
    assertThat(GeneratedKustomization.resources(PLAIN))
        .containsExactly("./a.yml", "./b-config.yaml", "./nested/c.yaml", "./withk");
  }

  @Test
  void aDirectoryWithoutManifestsGeneratesAnEmptyKustomization(@TempDir Path tmp) {
    assertThat(GeneratedKustomization.text(tmp))
        .isEqualTo("apiVersion: kustomize.config.k8s.io/v1beta1\nkind: Kustomization\n");
  }

  @Test
  void theFollowedDirectoryBuildsWithItsTargetNamespace() {
    PlatformBuildResult r = Fixtures.lenient("recursive-generated", true, true);
    assertThat(r.problems()).isEmpty();
    for (String name : List.of("a", "b", "c", "d")) {
      PlatformObject cm = find(r, "ConfigMap", name);
      assertThat(at(cm.object(), "metadata", "namespace")).isEqualTo("team");
      assertThat(at(cm.object(), "metadata", "labels", "kustomize.toolkit.fluxcd.io/name"))
          .isEqualTo("plain");
    }
    assertThat(r.objects()).noneMatch(Fixtures.kind("ConfigMap", "unlisted"));
  }

  @Test
  void equalsKubectlKustomizeOfTheGeneratedFile(@TempDir Path tmp) throws Exception {
    Path copy = tmp.resolve("plain");
    try (Stream<Path> files = Files.walk(PLAIN)) {
      for (Path from : (Iterable<Path>) files::iterator) {
        Path to = copy.resolve(PLAIN.relativize(from).toString());
        if (Files.isDirectory(from)) {
          Files.createDirectories(to);
        } else {
          Files.copy(from, to);
        }
      }
    }
    Files.writeString(
        copy.resolve("kustomization.yaml"),
        GeneratedKustomization.text(PLAIN) + "namespace: team\n",
        StandardCharsets.UTF_8);
    Process p = new ProcessBuilder("kubectl", "kustomize", copy.toString()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(err).isZero();
    List<Object> want =
        new YamlReader()
            .readKubernetesDocuments("kubectl", out).stream().map(YamlNode::toValue).toList();

    KustomizeResult plain =
        Fixtures.lenient("recursive-generated", true, true).kustomizations().get(1);
    List<Object> got =
        plain.resources().stream().map(KResource::object).map(o -> (Object) o).toList();
    assertThat(got).isEqualTo(want);
  }
}

package io.rset.platform.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example platform ({@code examples/homelab}, the README's main job) validates with zero
 * findings, and the same platform with one mistake does not: the clean result is not vacuous.
 */
class HomelabValidateTest {
  private static final Path HOMELAB = Path.of("../examples/homelab");

  @Test
  void homelabHasZeroFindings() {
    ValidationReport r = PlatformValidator.validate(ValidateOptions.of(HOMELAB));
    assertThat(r.findings()).isEmpty();
    assertThat(r.objects()).isGreaterThan(60);
    ValidationReport strict =
        PlatformValidator.validate(new ValidateOptions(HOMELAB, null, List.of(), null, true));
    assertThat(strict.findings()).isEmpty();
  }

  @Test
  void aRemovedValuesEntryIsFound(@TempDir Path tmp) throws IOException {
    Path dir = copy(tmp);
    edit(dir.resolve("kustomization.yaml"), "      - charts/grafana.yaml\n", "");
    ValidationReport r = PlatformValidator.validate(ValidateOptions.of(dir));
    assertThat(r.findings())
        .extracting(f -> f.rule().code())
        .containsExactlyInAnyOrder("RSET001", "RSET003");
    assertThat(r.findings())
        .filteredOn(f -> f.rule() == Rule.VALUES_KEY_NOT_FOUND)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.file()).isEqualTo(dir.resolve("helm-charts.yaml").toAbsolutePath());
              assertThat(f.message()).contains("HelmRelease/flux-system/grafana");
            });
  }

  @Test
  void aProviderInputCollidingWithAnInlineReleaseIsFound(@TempDir Path tmp) throws IOException {
    Path dir = copy(tmp);
    edit(
        dir.resolve(".static-provider.yaml"),
        "    name: node-feature-discovery\n",
        "    name: cilium\n");
    ValidationReport r = PlatformValidator.validate(ValidateOptions.of(dir));
    assertThat(r.findings())
        .filteredOn(f -> f.rule() == Rule.OBJECT_COLLISION)
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.message()).contains("differently from input \"cilium\""));
  }

  /**
   * A copy at {@code tmp/examples/homelab} in a repository rooted at {@code tmp} (the
   * Kustomizations' {@code spec.path} is relative to the repository root).
   */
  private static Path copy(Path tmp) throws IOException {
    Files.createDirectories(tmp.resolve(".git"));
    Path target = tmp.resolve("examples/homelab");
    try (Stream<Path> s = Files.walk(HOMELAB)) {
      for (Path p : s.toList()) {
        Path to = target.resolve(HOMELAB.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else {
          Files.copy(p, to);
        }
      }
    }
    return target;
  }

  private static void edit(Path file, String old, String replacement) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(text).contains(old);
    Files.writeString(file, text.replace(old, replacement), StandardCharsets.UTF_8);
  }
}

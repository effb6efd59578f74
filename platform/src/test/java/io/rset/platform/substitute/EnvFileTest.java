package io.rset.platform.substitute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnvFileTest {
  private static final Path F = Path.of("versions.env");

  private static List<VarEntry> parse(String text) {
    return EnvFile.parse(text.getBytes(StandardCharsets.UTF_8), F);
  }

  @Test
  void readsLikeKustomizeEnvs() {
    List<VarEntry> vars =
        parse(
            "\uFEFF# renovate: datasource=helm\n"
                + "cilium_version=1.16.5\r\n"
                + "\n"
                + "   indented=yes\n"
                + "quoted=\"1.20\"\n"
                + "eq=a=b\n"
                + "novalue\n"
                + "spaced = x \n"
                + "  # comment");
    assertThat(vars)
        .extracting(v -> v.key() + "|" + v.value() + "|" + v.line())
        .containsExactly(
            "cilium_version|1.16.5|2",
            "indented|yes|4",
            "quoted|\"1.20\"|5",
            "eq|a=b|6",
            "novalue||7",
            "spaced | x |8");
  }

  @Test
  void invalidUtf8NamesTheLine() {
    byte[] bytes = {'a', '=', 'b', '\n', 'c', '=', (byte) 0xff, '\n'};
    assertThatThrownBy(() -> EnvFile.parse(bytes, F))
        .isInstanceOf(VarsException.class)
        .hasMessage("line 1 has invalid utf8 bytes")
        .satisfies(e -> assertThat(((VarsException) e).line()).isEqualTo(2));
  }

  @Test
  void missingFileIsGosOpenError(@TempDir Path dir) {
    Path missing = dir.resolve("nope.env");
    assertThatThrownBy(() -> EnvFile.read(missing))
        .isInstanceOf(VarsException.class)
        .hasMessage("open " + missing + ": no such file or directory");
  }

  @Test
  void readsAFile(@TempDir Path dir) throws Exception {
    Path f = dir.resolve("cluster-vars.env");
    Files.writeString(f, "internal_domain=home.example.com\n");
    assertThat(EnvFile.read(f))
        .singleElement()
        .extracting(VarEntry::value)
        .isEqualTo("home.example.com");
  }
}

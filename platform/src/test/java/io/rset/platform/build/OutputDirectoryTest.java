package io.rset.platform.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputDirectoryTest {
  private static PlatformObject obj(String apiVersion, String kind, String ns, String name) {
    Map<String, Object> meta = new LinkedHashMap<>();
    meta.put("name", name);
    if (ns != null) {
      meta.put("namespace", ns);
    }
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("apiVersion", apiVersion);
    o.put("kind", kind);
    o.put("metadata", meta);
    return new PlatformObject(o, Origin.file(Path.of("x.yaml"), 1, 1));
  }

  @Test
  void oneFilePerObjectNamedByKindNamespaceAndName(@TempDir Path tmp) throws Exception {
    Path out = tmp.resolve("out");
    List<String> names =
        OutputDirectory.write(
            out,
            List.of(
                obj("v1", "Namespace", null, "apps"),
                obj("helm.toolkit.fluxcd.io/v2", "HelmRelease", "flux-system", "podinfo"),
                obj("kustomize.toolkit.fluxcd.io/v1", "Kustomization", "flux-system", "podinfo"),
                obj("v2", "Kustomization", "flux-system", "podinfo")));
    assertThat(names)
        .containsExactly(
            "namespace-apps.yaml",
            "helmrelease-flux-system-podinfo.yaml",
            "kustomization-flux-system-podinfo.yaml",
            "kustomization-flux-system-podinfo-2.yaml");
    assertThat(Files.readString(out.resolve("namespace-apps.yaml")))
        .isEqualTo("apiVersion: v1\nkind: Namespace\nmetadata:\n  name: apps\n");
    assertThat(Files.readAllLines(out.resolve(OutputDirectory.MARKER))).isEqualTo(names);
    try (var s = Files.list(out)) {
      assertThat(s.filter(p -> p.getFileName().toString().endsWith(".tmp"))).isEmpty();
    }
  }

  @Test
  void rerunReplacesItsOwnFilesOnly(@TempDir Path tmp) throws Exception {
    OutputDirectory.write(
        tmp, List.of(obj("v1", "Namespace", null, "a"), obj("v1", "Namespace", null, "b")));
    Files.writeString(tmp.resolve("notes.txt"), "mine");
    OutputDirectory.write(tmp, List.of(obj("v1", "Namespace", null, "a")));
    assertThat(tmp.resolve("namespace-a.yaml")).exists();
    assertThat(tmp.resolve("namespace-b.yaml")).doesNotExist();
    assertThat(tmp.resolve("notes.txt")).hasContent("mine");
  }

  @Test
  void refusesADirectoryWithOtherFiles(@TempDir Path tmp) throws Exception {
    Files.writeString(tmp.resolve("important.yaml"), "keep");
    assertThatThrownBy(() -> OutputDirectory.write(tmp, List.of(obj("v1", "Namespace", null, "a"))))
        .isInstanceOf(OutputDirectory.OutputException.class)
        .hasMessage(
            tmp
                + ": directory is not empty and was not written by rset platform build (no"
                + " .rset-platform-build); refusing to write into it");
    assertThat(tmp.resolve("important.yaml")).hasContent("keep");
  }

  @Test
  void unsafeCharactersInNamesAreReplaced(@TempDir Path tmp) {
    assertThat(OutputDirectory.write(tmp, List.of(obj("v1", "Weird/Kind", "ns", "a:b/../c"))))
        .containsExactly("weird_kind-ns-a_b_.._c.yaml");
  }
}

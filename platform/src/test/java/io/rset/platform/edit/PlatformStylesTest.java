package io.rset.platform.edit;

import static io.rset.platform.edit.Inserted.assertInserted;
import static io.rset.platform.edit.Inserted.assertInsertedWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PlatformAdd} follows each file's style: the {@code compact} platform (lists at the key's
 * column, literal versions, block dependsOn omitted when empty, explicit sorted generator keys in
 * single quotes, namespaces as plain documents), and the {@code basic} platform rewritten with CRLF
 * line ends and without final newlines.
 */
class PlatformStylesTest {
  @TempDir Path tmp;

  @Test
  void compactPlatform() {
    Path dir = Fixtures.copy("compact", tmp);
    Map<String, String> before = Fixtures.snapshot(dir);
    PlatformAdd.plan(
            new AddRequest(
                dir,
                "cert-manager",
                "ingress",
                "cert-manager",
                "1.10",
                "oci://quay.io/jetstack/charts",
                List.of("metallb", "traefik"),
                null,
                null,
                false,
                false,
                false))
        .write();
    Map<String, String> after = Fixtures.snapshot(dir);
    assertInserted(
        before.get("helm-charts.yaml"),
        after.get("helm-charts.yaml"),
        30,
        "  - name: cert-manager",
        "    namespace: ingress",
        "    chart:",
        "      name: cert-manager",
        "      version: \"1.10\"",
        "      url: oci://quay.io/jetstack/charts",
        "    dependsOn:",
        "    - metallb",
        "    - traefik");
    assertInserted(
        before.get("kustomization.yaml"),
        after.get("kustomization.yaml"),
        9,
        "  - 'cert-manager.yaml=charts/cert-manager.yaml'");
    assertThat(after.get("charts/cert-manager.yaml")).isEqualTo("{}\n");
    assertThat(after.keySet())
        .containsExactlyInAnyOrderElementsOf(
            new java.util.TreeSet<>(
                List.of(
                    "kustomization.yaml",
                    "helm-charts.yaml",
                    "namespaces.yaml",
                    "charts/ingress-nginx.yaml",
                    "charts/metallb.yaml",
                    "charts/traefik.yaml",
                    "charts/cert-manager.yaml")));
    assertThat(after.get("namespaces.yaml")).isEqualTo(before.get("namespaces.yaml"));
  }

  @Test
  void compactPlatformWithoutDependenciesOmitsDependsOn() {
    Path dir = Fixtures.copy("compact", tmp);
    Map<String, String> before = Fixtures.snapshot(dir);
    PlatformAdd.plan(
            new AddRequest(
                dir,
                "zot",
                "ingress",
                "zot",
                "0.1.60",
                "https://zotregistry.dev/helm-charts",
                List.of(),
                null,
                null,
                false,
                false,
                false))
        .write();
    Map<String, String> after = Fixtures.snapshot(dir);
    assertInserted(
        before.get("helm-charts.yaml"),
        after.get("helm-charts.yaml"),
        30,
        "  - name: zot",
        "    namespace: ingress",
        "    chart:",
        "      name: zot",
        "      version: 0.1.60",
        "      url: https://zotregistry.dev/helm-charts");
    assertInserted(
        before.get("kustomization.yaml"),
        after.get("kustomization.yaml"),
        12,
        "  - 'zot.yaml=charts/zot.yaml'");
  }

  @Test
  void namespacesWithoutAResourceSetCannotBeExtended() {
    Path dir = Fixtures.copy("compact", tmp);
    Map<String, String> before = Fixtures.snapshot(dir);
    assertThatThrownBy(
            () ->
                PlatformAdd.plan(
                    new AddRequest(
                        dir,
                        "zot",
                        "zot",
                        "zot",
                        "0.1.60",
                        "https://zotregistry.dev/helm-charts",
                        List.of(),
                        null,
                        null,
                        false,
                        true,
                        false)))
        .isInstanceOf(EditException.class)
        .hasMessage("namespaces.yaml: has no ResourceSet to add namespace \"zot\" to");
    assertThat(Fixtures.snapshot(dir)).isEqualTo(before);
  }

  @Test
  void crlfPlatformStaysCrlf() {
    Path dir = Fixtures.copy("basic", tmp);
    Fixtures.snapshot(dir)
        .forEach((p, text) -> Fixtures.write(dir.resolve(p), text.replace("\n", "\r\n")));
    Map<String, String> before = Fixtures.snapshot(dir);
    PlatformAdd.plan(
            PlatformAddTest.with(
                PlatformAddTest.request(dir, "podinfo", "podinfo", List.of("cilium")),
                null,
                "https://example.com/s.json",
                true,
                true,
                false))
        .write();
    Map<String, String> after = Fixtures.snapshot(dir);
    assertInsertedWith(
        "\r\n",
        before.get("helm-charts.yaml"),
        after.get("helm-charts.yaml"),
        37,
        "",
        "    - name: podinfo",
        "      namespace: podinfo",
        "      chart:",
        "        name: podinfo",
        "        version: \"${podinfo_version}\"",
        "        url: oci://ghcr.io/stefanprodan/charts",
        "      dependsOn: [cilium]");
    assertInsertedWith(
        "\r\n",
        before.get("namespaces.yaml"),
        after.get("namespaces.yaml"),
        10,
        "    - name: podinfo");
    assertInsertedWith(
        "\r\n",
        before.get("versions.env"),
        after.get("versions.env"),
        10,
        "",
        "# renovate: datasource=docker depName=ghcr.io/stefanprodan/charts/podinfo",
        "podinfo_version=6.7.1");
    assertThat(after.get("charts/podinfo.yaml"))
        .isEqualTo("# yaml-language-server: $schema=https://example.com/s.json\r\n{}\r\n");
    assertThat(after.get("config/podinfo/kustomization.yaml"))
        .isEqualTo(
            "apiVersion: kustomize.config.k8s.io/v1beta1\r\nkind: Kustomization\r\nresources: []\r\n");
    for (String f :
        List.of(
            "helm-charts.yaml",
            "namespaces.yaml",
            "versions.env",
            "kustomization.yaml",
            "config.yaml")) {
      assertThat(after.get(f).replace("\r\n", "")).as(f).doesNotContain("\n").doesNotContain("\r");
    }
  }

  @Test
  void filesWithoutFinalNewlineStayWithout() {
    Path dir = Fixtures.copy("basic", tmp);
    for (String f : List.of("kustomization.yaml", "versions.env")) {
      String t = Fixtures.read(dir.resolve(f));
      Fixtures.write(dir.resolve(f), t.substring(0, t.length() - 1));
    }
    Map<String, String> before = Fixtures.snapshot(dir);
    PlatformAdd.plan(PlatformAddTest.request(dir, "podinfo", "cnpg-system", List.of())).write();
    Map<String, String> after = Fixtures.snapshot(dir);
    assertThat(after.get("kustomization.yaml"))
        .isEqualTo(before.get("kustomization.yaml") + "\n      - charts/podinfo.yaml");
    assertThat(after.get("versions.env"))
        .isEqualTo(
            before.get("versions.env")
                + "\n\n# renovate: datasource=docker depName=ghcr.io/stefanprodan/charts/podinfo"
                + "\npodinfo_version=6.7.1");
  }

  @Test
  void versionsEnvInTheParentDirectory() {
    Path dir = Fixtures.copy("basic", tmp);
    Path parent = dir.getParent();
    Fixtures.write(
        parent.resolve("versions.env"), "cilium_version=1.16.5\ncert_manager_version=v1.16.2\n");
    assertThat(dir.resolve("versions.env").toFile().delete()).isTrue();
    AddPlan plan =
        PlatformAdd.plan(PlatformAddTest.request(dir, "podinfo", "cnpg-system", List.of()));
    assertThat(plan.changes()).extracting(FileChange::path).contains("../versions.env");
    plan.write();
    assertThat(Fixtures.read(parent.resolve("versions.env")))
        .isEqualTo("cilium_version=1.16.5\ncert_manager_version=v1.16.2\npodinfo_version=6.7.1\n");
  }
}

package io.rset.platform.build;

import static io.rset.platform.build.Fixtures.at;
import static io.rset.platform.build.Fixtures.find;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlatformBuildTest {

  @Test
  void kustomizeThenSubstituteThenExpand() {
    PlatformBuildResult r = Fixtures.lenient("basic", true, false);
    assertThat(r.problems()).isEmpty();
    assertThat(r.vars()).containsEntry("replicas", "2").containsEntry("domain", "example.org");
    assertThat(r.objects())
        .extracting(o -> o.object().get("kind") + "/" + BuildRun.name(o.object()))
        .containsExactly(
            "ConfigMap/dashboard",
            "ConfigMap/values",
            "ResourceSet/releases",
            "HelmRelease/podinfo",
            "HelmRelease/redis");
    assertThat(r.kustomizations()).hasSize(1);
  }

  @Test
  void theResourceSetIsSubstitutedBeforeItIsExpandedAsOnTheCluster() {
    PlatformBuildResult r = Fixtures.lenient("basic", true, false);
    PlatformObject rset = find(r, "ResourceSet", "releases");
    // "${replicas}" became the number 2, "${redis_version}" = 20.1 a float: YAML 1.1 after envsubst
    assertThat(at(rset.object(), "spec", "inputs", 0, "replicas")).isEqualTo(2L);
    assertThat(at(rset.object(), "spec", "inputs", 1, "version")).isEqualTo(20.1);
    assertThat((String) at(rset.object(), "spec", "resourcesTemplate"))
        .contains("domain: example.org")
        .contains("escaped: ${not_a_var}");
    PlatformObject podinfo = find(r, "HelmRelease", "podinfo");
    assertThat(at(podinfo.object(), "spec", "version")).isEqualTo("6.7.1");
    assertThat(at(podinfo.object(), "spec", "replicas")).isEqualTo(2L);
    assertThat(at(podinfo.object(), "spec", "escaped")).isEqualTo("${not_a_var}");
    assertThat(at(find(r, "HelmRelease", "redis").object(), "spec", "version")).isEqualTo("20.1");
  }

  @Test
  void generatedObjectsKnowTheirResourceSetAndInputSet() {
    PlatformBuildResult r = Fixtures.lenient("basic", true, false);
    Origin redis = find(r, "HelmRelease", "redis").origin();
    assertThat(redis.resourceSet()).isEqualTo("flux-system/releases");
    assertThat(redis.inputIndex()).isEqualTo(1);
    assertThat(redis.inputName()).isEqualTo("redis");
    assertThat(redis.file()).isEqualTo(Fixtures.dir("basic").resolve("releases.yaml"));
    assertThat(redis.line()).isEqualTo(1);
    assertThat(at(find(r, "HelmRelease", "redis").object(), "metadata", "labels"))
        .isEqualTo(
            java.util.Map.of(
                "resourceset.fluxcd.controlplane.io/name", "releases",
                "resourceset.fluxcd.controlplane.io/namespace", "flux-system"));
    Origin values = find(r, "ConfigMap", "values").origin();
    assertThat(values.resourceSet()).isNull();
    assertThat(values.file()).isEqualTo(Fixtures.dir("basic").resolve("kustomization.yaml"));
  }

  @Test
  void valuesFilesInGeneratedConfigMapsAreSubstitutedAndOptOutIsHonoured() {
    PlatformBuildResult r = Fixtures.lenient("basic", true, false);
    assertThat((String) at(find(r, "ConfigMap", "values").object(), "data", "podinfo.yaml"))
        .isEqualTo("replicaCount: 2\ningress:\n  host: podinfo.example.org\n");
    assertThat(at(find(r, "ConfigMap", "dashboard").object(), "data", "panel"))
        .isEqualTo("${datasource}");
  }

  @Test
  void withoutVariablesNothingIsSubstitutedAsInFlux() {
    PlatformBuildResult r =
        PlatformBuild.run(
            new PlatformBuildOptions(Fixtures.dir("basic"), List.of(), null, true, false, true));
    assertThat(r.problems()).isEmpty();
    assertThat(at(find(r, "ConfigMap", "values").object(), "data", "podinfo.yaml").toString())
        .contains("${replicas}");
  }

  @Test
  void laterVarsFilesWinAndNonStrictLeavesUndefinedEmpty(@org.junit.jupiter.api.io.TempDir Path tmp)
      throws Exception {
    Path extra = tmp.resolve("extra.env");
    java.nio.file.Files.writeString(extra, "domain=override.test\n");
    PlatformBuildResult r =
        PlatformBuild.run(
            new PlatformBuildOptions(
                Fixtures.dir("basic"),
                List.of(Fixtures.dir("basic").resolve("vars.env"), extra),
                null,
                false,
                false,
                true));
    assertThat(r.vars()).containsEntry("domain", "override.test");
    assertThat(at(find(r, "HelmRelease", "podinfo").object(), "spec", "domain"))
        .isEqualTo("override.test");
  }

  @Test
  void recursiveBuildsKustomizationsWithTheirOwnPostBuild() {
    PlatformBuildResult r = Fixtures.lenient("recursive", true, true);
    assertThat(r.problems()).isEmpty();
    assertThat(r.kustomizations()).hasSize(3);
    PlatformObject deployment = find(r, "Deployment", "podinfo");
    assertThat(at(deployment.object(), "spec", "replicas")).isEqualTo(3L);
    assertThat(at(deployment.object(), "spec", "template", "metadata", "labels", "cluster"))
        .isEqualTo("lab");
    assertThat(at(deployment.object(), "metadata", "namespace")).isEqualTo("apps");
    assertThat(at(deployment.object(), "metadata", "labels"))
        .isEqualTo(
            java.util.Map.of(
                "team", "a",
                "kustomize.toolkit.fluxcd.io/name", "podinfo",
                "kustomize.toolkit.fluxcd.io/namespace", "flux-system"));
    assertThat(deployment.origin().file())
        .isEqualTo(Fixtures.dir("recursive").resolve("apps/podinfo/deployment.yaml"));
    // infra has no postBuild: nothing substituted, the ResourceSet expanded as is
    assertThat(r.objects())
        .filteredOn(o -> "Namespace".equals(o.object().get("kind")))
        .extracting(o -> BuildRun.name(o.object()))
        .containsExactly("apps", "not_substituted");
  }

  @Test
  void withoutRecursiveKustomizationsAreOnlyObjects() {
    PlatformBuildResult r = Fixtures.lenient("recursive", true, false);
    assertThat(r.kustomizations()).hasSize(1);
    assertThat(r.objects()).noneMatch(o -> "Deployment".equals(o.object().get("kind")));
  }

  @Test
  void leniantTemplateErrorsLeaveTheOtherInputSets() {
    PlatformBuildResult r = Fixtures.lenient("bad-template", false, false);
    assertThat(r.problems()).hasSize(1);
    assertThat(r.objects())
        .extracting(o -> BuildRun.name(o.object()))
        .containsExactly("apps", "one", "three");
    assertThat(find(r, "ConfigMap", "three").origin().inputIndex()).isEqualTo(2);
  }
}

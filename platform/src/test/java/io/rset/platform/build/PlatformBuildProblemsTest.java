package io.rset.platform.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every class of bad input: the problem's code, message and place. */
class PlatformBuildProblemsTest {

  private static String where(BuildProblem p) {
    return p.file() + ":" + p.line() + ":" + p.column();
  }

  private static Path f(String fixture, String file) {
    return Fixtures.dir(fixture).resolve(file);
  }

  @Test
  void undefinedVariableInStrictModeNamesTheReference() {
    PlatformBuildResult r = Fixtures.lenient("bad-vars", true, false);
    BuildProblem p = r.problems().get(1);
    assertThat(p.code()).isEqualTo(BuildProblem.SUBSTITUTION);
    assertThat(p.message())
        .isEqualTo(
            "post build failed for 'ConfigMap.v1.[noGrp]/app': envsubst error: variable"
                + " substitution failed: variable not set (strict mode): \"region\"");
    assertThat(where(p)).isEqualTo(f("bad-vars", "app.yaml") + ":8:11");
  }

  @Test
  void invalidVariableNameNamesTheVarsFileLine() {
    BuildProblem p = Fixtures.lenient("bad-vars", true, false).problems().get(0);
    assertThat(p.code()).isEqualTo(BuildProblem.SUBSTITUTION);
    assertThat(p.message())
        .endsWith(
            "envsubst error: 'my-var' var name is invalid, must match"
                + " '^[_[:alpha:]][_[:alpha:][:digit:]]*$'");
    assertThat(where(p)).isEqualTo(f("bad-vars", "vars.env") + ":2:1");
  }

  @Test
  void nonLenientThrowsTheFirstProblem() {
    assertThatThrownBy(() -> PlatformBuild.run(Fixtures.options("bad-vars", true, false, false)))
        .isInstanceOf(PlatformBuildException.class)
        .satisfies(
            e ->
                assertThat(((PlatformBuildException) e).describe())
                    .startsWith(f("bad-vars", "vars.env") + ":2:1: post build failed"));
  }

  @Test
  void nonStrictModeAcceptsUndefinedVariables() {
    PlatformBuildResult r = Fixtures.lenient("bad-vars", false, false);
    assertThat(r.problems()).extracting(BuildProblem::message).allMatch(m -> m.contains("my-var"));
    assertThat(Fixtures.at(Fixtures.find(r, "ConfigMap", "app").object(), "data", "region"))
        .isNull();
  }

  @Test
  void envsubstSyntaxErrorNamesTheExpression() {
    BuildProblem p = Fixtures.lenient("bad-syntax", true, false).problems().get(0);
    assertThat(p.message())
        .isEqualTo(
            "post build failed for 'ConfigMap.v1.[noGrp]/script': envsubst error: variable"
                + " substitution failed: missing closing brace");
    assertThat(where(p)).isEqualTo(f("bad-syntax", "script.yaml") + ":10:10");
  }

  @Test
  void undefinedVariablesInGeneratedConfigMapsNameTheSourceFile() {
    List<BuildProblem> ps = Fixtures.lenient("bad-values", true, false).problems();
    assertThat(ps)
        .extracting(PlatformBuildProblemsTest::where)
        .containsExactly(
            f("bad-values", "grafana.yaml") + ":5:19",
            f("bad-values", "kustomization.yaml") + ":9:19");
    assertThat(ps.get(1).message()).endsWith("\"retention_days\"");
  }

  @Test
  void templateErrorNamesTheInputSetAndTheTemplateLineInTheFile() {
    BuildProblem p = Fixtures.lenient("bad-template", false, false).problems().get(0);
    assertThat(p.code()).isEqualTo(BuildProblem.RESOURCESET);
    assertThat(p.resourceSet()).isEqualTo("apps/apps");
    assertThat(p.inputIndex()).isEqualTo(1);
    assertThat(p.inputName()).isEqualTo("two");
    assertThat(p.message())
        .isEqualTo(
            "failed to build resources: failed to execute multi-doc YAML template: template:"
                + " resourceset:5:16: executing \"resourceset\" at <inputs>: map has no entry for"
                + " key \"namespace\"\n"
                + "  at ResourceSet apps/apps, resourcesTemplate, input set #1 (name \"two\"),"
                + " template line 5, column 17\n"
                + "  |   namespace: << inputs.namespace >>");
    assertThat(where(p)).isEqualTo(f("bad-template", "rset.yaml") + ":18:21");
  }

  @Test
  void missingKustomizationPathAndSubstituteFromSource() {
    List<BuildProblem> ps = Fixtures.lenient("recursive-bad", true, true).problems();
    assertThat(ps)
        .extracting(BuildProblem::code)
        .containsExactly(BuildProblem.KUSTOMIZATION_PATH, BuildProblem.VARS);
    assertThat(ps.get(0).message())
        .startsWith("Kustomization flux-system/gone: spec.path './does/not/exist' does not exist");
    assertThat(where(ps.get(0))).isEqualTo(f("recursive-bad", "cluster.yaml") + ":1:1");
    assertThat(ps.get(1).message())
        .isEqualTo(
            "substitute from 'ConfigMap/cluster-vars' error: configmaps \"cluster-vars\" not found");
    assertThat(where(ps.get(1))).isEqualTo(f("recursive-bad", "cluster.yaml") + ":13:1");
  }

  @Test
  void missingVarsFile(@TempDir Path tmp) {
    Path missing = tmp.resolve("nope.env");
    PlatformBuildResult r =
        PlatformBuild.run(
            new PlatformBuildOptions(
                Fixtures.dir("basic"), List.of(missing), null, false, false, true));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(BuildProblem.VARS);
              assertThat(p.message()).isEqualTo("open " + missing + ": no such file or directory");
            });
  }

  @Test
  void kustomizeErrorsKeepKustomizesLocation(@TempDir Path tmp) throws Exception {
    java.nio.file.Files.writeString(
        tmp.resolve("kustomization.yaml"), "resources:\n  - gone.yaml\n");
    PlatformBuildResult r =
        PlatformBuild.run(new PlatformBuildOptions(tmp, List.of(), null, false, false, true));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(BuildProblem.KUSTOMIZE);
              assertThat(p.file()).isNotNull();
              assertThat(p.message()).contains("gone.yaml");
            });
  }

  @Test
  void missingProviderIsReportedOnTheResourceSet(@TempDir Path tmp) throws Exception {
    java.nio.file.Files.writeString(
        tmp.resolve("kustomization.yaml"), "resources:\n  - rset.yaml\n");
    java.nio.file.Files.writeString(
        tmp.resolve("rset.yaml"),
        "apiVersion: fluxcd.controlplane.io/v1\nkind: ResourceSet\nmetadata:\n  name: r\n"
            + "  namespace: ns\nspec:\n  inputsFrom:\n    - name: tags\n"
            + "  resourcesTemplate: |\n    kind: ConfigMap\n");
    PlatformBuildResult r =
        PlatformBuild.run(new PlatformBuildOptions(tmp, List.of(), null, false, false, true));
    assertThat(r.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.code()).isEqualTo(BuildProblem.RESOURCESET);
              assertThat(p.message())
                  .startsWith(
                      "failed to compute inputs: failed to get provider ns/tags:"
                          + " resourcesetinputproviders.fluxcd.controlplane.io \"tags\" not found");
              assertThat(p.line()).isEqualTo(1);
            });
  }

  @Test
  void providersFromFilesFeedInputsFrom(@TempDir Path tmp) throws Exception {
    java.nio.file.Files.writeString(
        tmp.resolve("kustomization.yaml"), "resources:\n  - rset.yaml\n");
    java.nio.file.Files.writeString(
        tmp.resolve("rset.yaml"),
        "apiVersion: fluxcd.controlplane.io/v1\nkind: ResourceSet\nmetadata:\n  name: r\n"
            + "  namespace: ns\nspec:\n  inputsFrom:\n    - name: tags\n"
            + "  resourcesTemplate: |\n    apiVersion: v1\n    kind: ConfigMap\n"
            + "    metadata:\n      name: << inputs.tag >>\n      namespace: ns\n");
    java.nio.file.Files.writeString(
        tmp.resolve(".static-provider.yaml"),
        "apiVersion: fluxcd.controlplane.io/v1\nkind: ResourceSetInputProvider\nmetadata:\n"
            + "  name: tags\n  namespace: ns\nspec:\n  type: Static\n  defaultValues:\n"
            + "    tag: v1\n");
    PlatformBuildResult r =
        PlatformBuild.run(new PlatformBuildOptions(tmp, List.of(), null, false, false, true));
    assertThat(r.problems()).isEmpty();
    assertThat(r.objects()).extracting(o -> BuildRun.name(o.object())).containsExactly("r", "v1");
  }

  @Test
  void badKustomizationBuildFieldsNameTheFieldAndTheRestIsApplied() {
    PlatformBuildResult r = Fixtures.lenient("recursive-fields-bad", true, true);
    List<BuildProblem> ps = r.problems();
    Path flux = f("recursive-fields-bad", "flux.yaml");
    assertThat(ps)
        .extracting(p -> p.code() + " " + where(p) + " " + p.message())
        .containsExactly(
            BuildProblem.KUSTOMIZATION_SPEC
                + " "
                + flux
                + ":12:3 Kustomization flux-system/images: unknown field \"spec.nameprefix\" (the"
                + " API server drops it: it has no effect)",
            BuildProblem.KUSTOMIZATION_SPEC
                + " "
                + flux
                + ":14:7 Kustomization flux-system/images: spec.images[0].name: Required value",
            BuildProblem.KUSTOMIZATION_SPEC
                + " "
                + flux
                + ":16:7 Kustomization flux-system/images: spec.images[1].newTag: Invalid value:"
                + " \"number\": spec.images[1].newTag in body must be of type string: \"number\"",
            BuildProblem.KUSTOMIZATION_SPEC
                + " "
                + flux
                + ":18:7 Kustomization flux-system/images: unknown field"
                + " \"spec.images[2].newtag\" (the API server drops it: it has no effect)",
            BuildProblem.KUSTOMIZATION_SPEC
                + " "
                + flux
                + ":19:7 Kustomization flux-system/images: spec.images[3]: Invalid value:"
                + " \"string\": spec.images[3] in body must be of type object: \"string\"",
            BuildProblem.KUSTOMIZATION_SPEC
                + " "
                + flux
                + ":37:9 Kustomization flux-system/patches: unknown field"
                + " \"spec.patches[0].target.nmae\" (the API server drops it: it has no effect)",
            BuildProblem.KUSTOMIZE
                + " "
                + flux
                + ":42:7 unable to parse SM or JSON patch from [patch: \"kind: ConfigMap\\ndata:\\n"
                + "  c: \\\"3\\\"\"] (as a strategic merge patch: "
                + flux
                + ":43:1: missing metadata.name in object of kind ConfigMap)");
    // the valid image entry of the same Kustomization is applied; the bad ones are left out
    assertThat(
            Fixtures.at(Fixtures.find(r, "Pod", "app").object(), "spec", "containers", 0, "image"))
        .isEqualTo("app:2.0");
    // the Kustomization whose patch kustomize refuses builds nothing
    assertThat(r.objects()).filteredOn(Fixtures.kind("ConfigMap", "app")).hasSize(1);
  }

  @Test
  void nonLenientBuildStopsAtTheFirstBadField() {
    assertThatThrownBy(
            () -> PlatformBuild.run(Fixtures.options("recursive-fields-bad", true, true, false)))
        .isInstanceOf(PlatformBuildException.class)
        .satisfies(
            e ->
                assertThat(((PlatformBuildException) e).describe())
                    .isEqualTo(
                        f("recursive-fields-bad", "flux.yaml")
                            + ":12:3: Kustomization flux-system/images: unknown field"
                            + " \"spec.nameprefix\" (the API server drops it: it has no effect)"));
  }

  @Test
  void patchTargetMatchingNothingIsNoProblem(@TempDir Path tmp) throws Exception {
    java.nio.file.Files.createDirectories(tmp.resolve("app"));
    java.nio.file.Files.writeString(tmp.resolve("kustomization.yaml"), "resources: [ks.yaml]\n");
    java.nio.file.Files.writeString(
        tmp.resolve("ks.yaml"),
        "apiVersion: kustomize.toolkit.fluxcd.io/v1\nkind: Kustomization\nmetadata:\n"
            + "  name: app\n  namespace: flux-system\nspec:\n  path: ./app\n  patches:\n"
            + "    - patch: '[{\"op\": \"remove\", \"path\": \"/x\"}]'\n"
            + "      target: {kind: Nothing}\n"
            + "  images:\n    - name: nothing\n      newTag: \"1\"\n");
    java.nio.file.Files.writeString(
        tmp.resolve("app/kustomization.yaml"), "resources: [cm.yaml]\n");
    java.nio.file.Files.writeString(
        tmp.resolve("app/cm.yaml"),
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: cm\n  namespace: a\n");
    PlatformBuildResult r =
        PlatformBuild.run(new PlatformBuildOptions(tmp, List.of(), null, true, true, true));
    assertThat(r.problems()).isEmpty();
    assertThat(r.objects()).filteredOn(Fixtures.kind("ConfigMap", "cm")).hasSize(1);
  }
}

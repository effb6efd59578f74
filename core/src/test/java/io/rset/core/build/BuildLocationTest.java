package io.rset.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.rset.core.build.BuildException.Part;
import org.junit.jupiter.api.Test;

/** The location data BuildException carries beyond Go's message. */
class BuildLocationTest {
  private static BuildException fail(String spec) {
    TestSpecs.Manifest m =
        TestSpecs.read(
            "apiVersion: fluxcd.controlplane.io/v1\nkind: ResourceSet\n"
                + "metadata: {name: r, namespace: ns}\nspec:\n"
                + spec);
    return catchThrowableOfType(
        BuildException.class,
        () -> ResourceSetBuilder.build(m.spec(), CombinedInputs.of(m.spec().inputs())));
  }

  @Test
  void execErrorNamesResourceInputSetAndTemplateLine() {
    BuildException e =
        fail(
            """
              inputs:
                - {id: first, tenant: a, semver: "1"}
                - {id: second, tenant: b}
              resources:
                - {apiVersion: v1, kind: Namespace, metadata: {name: ok}}
                - apiVersion: v1
                  kind: ConfigMap
                  metadata:
                    name: << inputs.tenant >>
                  data:
                    semver: << inputs.semver | quote >>
            """);
    assertThat(e)
        .hasMessage(
            "failed to build resources[1]: failed to execute template: template: resourceset:3:13:"
                + " executing \"resourceset\" at <inputs>: map has no entry for key \"semver\"");
    assertThat(e.part()).isEqualTo(Part.RESOURCE);
    assertThat(e.resourceIndex()).isEqualTo(1);
    assertThat(e.inputSet().index()).isEqualTo(1);
    assertThat(e.inputSet().id()).isEqualTo("second");
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.column()).isEqualTo(13);
    assertThat(e.sourceLine()).isEqualTo("  semver: << inputs.semver | quote >>");
    assertThat(e.location())
        .isEqualTo("resources[1], input set #1 (id \"second\"), template line 3, column 14");
    assertThat(e.describe())
        .isEqualTo(
            e.location()
                + ": "
                + e.getMessage()
                + "\n  | "
                + "  semver: << inputs.semver | quote >>");
  }

  @Test
  void inputSetWithoutIdIsNamedByIndexOnly() {
    BuildException e =
        fail(
            """
              inputs:
                - {tenant: a}
                - {other: b}
              resourcesTemplate: |
                apiVersion: v1
                kind: Namespace
                metadata:
                  name: << inputs.tenant >>
            """);
    assertThat(e.part()).isEqualTo(Part.TEMPLATE);
    assertThat(e.resourceIndex()).isEqualTo(-1);
    assertThat(e.inputSet().id()).isNull();
    assertThat(e.location())
        .isEqualTo("resourcesTemplate, input set #1, template line 4, column 12");
    assertThat(e.sourceLine()).isEqualTo("  name: << inputs.tenant >>");
  }

  @Test
  void numericIdIsPrintedLikeGo() {
    BuildException e =
        fail(
            """
              inputs:
                - {id: 340788154}
              resourcesTemplate: "<< inputs.x >>"
            """);
    assertThat(e.inputSet().id()).isEqualTo("340788154");
    assertThat(e.location()).startsWith("resourcesTemplate, input set #0 (id \"340788154\")");
  }

  @Test
  void parseErrorIsNotTiedToAnInputSet() {
    BuildException e =
        fail(
            """
              inputs: [{tenant: a}]
              resourcesTemplate: |
                apiVersion: v1
                kind: << if >>
            """);
    assertThat(e)
        .hasMessage(
            "failed to build resources: failed to parse multi-doc YAML template: template:"
                + " resourceset:2: missing value for if");
    assertThat(e.inputSet()).isNull();
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(-1);
    assertThat(e.location()).isEqualTo("resourcesTemplate, template line 2");
    assertThat(e.sourceLine()).isEqualTo("kind: << if >>");
  }

  @Test
  void noInputsHasNoInputSet() {
    BuildException e =
        fail(
            """
              resources:
                - {apiVersion: v1, kind: ConfigMap, metadata: {name: "<< inputs.x >>"}}
            """);
    assertThat(e).hasMessageStartingWith("failed to build resource: failed to execute template: ");
    assertThat(e.inputSet()).isNull();
    assertThat(e.resourceIndex()).isZero();
    assertThat(e.location()).isEqualTo("resources[0], template line 4, column 12");
  }

  @Test
  void readErrorNamesRenderedOutputLine() {
    BuildException e =
        fail(
            """
              inputs: [{id: x, tenant: a}]
              resourcesTemplate: |
                apiVersion: v1
                kind: ConfigMap
                metadata:
                  name: ok
                ---
                apiVersion: v1
                metadata:
                  name: << inputs.tenant >>
            """);
    assertThat(e)
        .hasMessage(
            "failed to build resources: failed to read objects from multi-doc YAML: error"
                + " unmarshaling JSON: while decoding JSON: Object 'Kind' is missing in"
                + " '{\"apiVersion\":\"v1\",\"metadata\":{\"name\":\"a\"}}'");
    assertThat(e.outputLine()).isEqualTo(6);
    assertThat(e.sourceLine()).isEqualTo("apiVersion: v1");
    assertThat(e.location())
        .isEqualTo("resourcesTemplate, input set #0 (id \"x\"), rendered output line 6");
  }

  @Test
  void stepErrorsArePrefixedAndRecordTheStep() {
    BuildException e =
        fail(
            """
              inputs: [{tenant: a}]
              steps:
                - name: deploy
                  resources:
                    - {apiVersion: v1, kind: ConfigMap, metadata: {name: "<< inputs.x >>"}}
            """);
    assertThat(e).hasMessageStartingWith("step \"deploy\": failed to build resources[0]: ");
    assertThat(e.step()).isEqualTo("deploy");
    assertThat(e.location()).startsWith("step \"deploy\", resources[0], input set #0");
  }

  @Test
  void crossStepDuplicateRecordsTheLaterStep() {
    BuildException e =
        fail(
            """
              steps:
                - name: one
                  resources: [{apiVersion: apps/v1, kind: Deployment, metadata: {name: a, namespace: ns}}]
                - name: two
                  resources: [{apiVersion: apps/v2, kind: Deployment, metadata: {name: a, namespace: ns}}]
            """);
    assertThat(e)
        .hasMessage(
            "duplicate resource Deployment/ns/a in step \"two\", already defined in step \"one\"");
    assertThat(e.part()).isEqualTo(Part.DUPLICATE);
    assertThat(e.step()).isEqualTo("two");
  }

  @Test
  void validationMessagesAreTheCodeWording() {
    assertThat(
            fail(
                """
                  resourcesTemplate: x
                  steps: [{name: a, resourcesTemplate: x}]
                """))
        .hasMessage(
            "spec.steps is mutually exclusive with spec.resources and spec.resourcesTemplate")
        .extracting(BuildException::part)
        .isEqualTo(Part.VALIDATION);
    BuildException e =
        fail(
            """
              steps: [{name: a, resourcesTemplate: x}, {name: b}]
            """);
    assertThat(e)
        .hasMessage("step \"b\": at least one of resources or resourcesTemplate must be set");
    assertThat(e.step()).isEqualTo("b");
  }

  @Test
  void yamlErrorOfAResourceNamesTheRenderedLine() {
    BuildException e =
        fail(
            """
              inputs: [{id: x, semver: ">=1.0.0-rc.0"}]
              resources:
                - apiVersion: v1
                  kind: ConfigMap
                  metadata: {name: x}
                  data: {semver: "<< inputs.semver >>"}
            """);
    assertThat(e)
        .hasMessage(
            "failed to build resources[0]: failed to read object: error converting YAML to JSON:"
                + " yaml: line 3: did not find expected comment or line break");
    assertThat(e.outputLine()).isEqualTo(3);
    assertThat(e.sourceLine()).isEqualTo("  semver: >=1.0.0-rc.0");
    assertThat(e.location())
        .startsWith("resources[0], input set #0 (id \"x\"), rendered output line ");
  }
}

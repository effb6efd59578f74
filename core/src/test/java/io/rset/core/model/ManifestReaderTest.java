package io.rset.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.core.yaml.Position;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ManifestReaderTest {
  private static final String HEAD =
      "apiVersion: fluxcd.controlplane.io/v1\nkind: ResourceSet\nmetadata:\n  name: r\n";

  static ResourceSet rset(String text) {
    return ManifestReader.readResourceSet(TestYaml.doc("rset.yaml", text));
  }

  static ManifestException rsetError(String text) {
    try {
      rset(text);
    } catch (ManifestException e) {
      return e;
    }
    throw new AssertionError("no error for:\n" + text);
  }

  static ManifestException rsipError(String text) {
    try {
      ManifestReader.readInputProvider(TestYaml.doc("rsip.yaml", text));
    } catch (ManifestException e) {
      return e;
    }
    throw new AssertionError("no error for:\n" + text);
  }

  @Test
  void readsAFullResourceSet() {
    ResourceSet r =
        rset(
            """
            apiVersion: fluxcd.controlplane.io/v1
            kind: ResourceSet
            metadata:
              name: tenants
              namespace: platform
              uid: abc
              generation: 3
              creationTimestamp: null
              labels: {team: a}
              annotations:
                fluxcd.controlplane.io/reconcileEvery: "15m"
            spec:
              serviceAccountName: platform-admin
              wait: true
              commonMetadata:
                labels:
                  team: platform
              inputStrategy:
                name: Permute
                includeEmptyProviders: true
              dependsOn:
                - apiVersion: apiextensions.k8s.io/v1
                  kind: CustomResourceDefinition
                  name: helmreleases.helm.toolkit.fluxcd.io
                  ready: true
                  readyExpr: status.x
              inputs:
                - tenant: alpha
                  replicas: 2
                  ratio: 2.5
              inputsFrom:
                - name: p1
                  kind: ResourceSetInputProvider
                - selector:
                    matchLabels: {a: b}
                    matchExpressions:
                      - {key: env, operator: In, values: [dev, prod]}
              resources:
                - apiVersion: v1
                  kind: Namespace
                  metadata:
                    name: << inputs.tenant >>
            """);
    assertThat(r.source()).isEqualTo(new Position("rset.yaml", 1, 1));
    assertThat(r.metadata())
        .isEqualTo(
            new ObjectMeta(
                "tenants",
                "platform",
                "abc",
                3L,
                Map.of("team", "a"),
                Map.of("fluxcd.controlplane.io/reconcileEvery", "15m")));
    ResourceSetSpec s = r.spec();
    assertThat(s.serviceAccountName()).isEqualTo("platform-admin");
    assertThat(s.waitForHealth()).isTrue();
    assertThat(s.commonMetadata().labels()).containsEntry("team", "platform");
    assertThat(s.inputStrategy()).isEqualTo(new InputStrategy("Permute", true));
    assertThat(s.dependsOn())
        .containsExactly(
            new Dependency(
                "apiextensions.k8s.io/v1",
                "CustomResourceDefinition",
                "helmreleases.helm.toolkit.fluxcd.io",
                "",
                true,
                "status.x"));
    assertThat(s.inputs()).containsExactly(Map.of("tenant", "alpha", "replicas", 2L, "ratio", 2.5));
    assertThat(s.inputsFrom().get(0))
        .isEqualTo(new InputProviderReference(null, "ResourceSetInputProvider", "p1", null));
    assertThat(s.inputsFrom().get(1).selector())
        .isEqualTo(
            new LabelSelector(
                Map.of("a", "b"),
                List.of(new LabelSelector.Requirement("env", "In", List.of("dev", "prod")))));
    assertThat(s.resources()).hasSize(1);
    assertThat(s.resources().get(0)).containsEntry("kind", "Namespace");
    assertThat(s.present())
        .containsExactlyInAnyOrder(
            "serviceAccountName",
            "wait",
            "commonMetadata",
            "inputStrategy",
            "dependsOn",
            "inputs",
            "inputsFrom",
            "resources");
    assertThat(r.status()).isNull();
  }

  @Test
  void readsSteps() {
    ResourceSet r =
        rset(
            HEAD
                + """
                spec:
                  steps:
                    - name: crds
                      resourcesTemplate: "x"
                      timeout: 1m30s
                    - name: apps
                      resources: []
                """);
    assertThat(r.spec().steps())
        .extracting(ResourceSetStep::name, ResourceSetStep::timeout, ResourceSetStep::present)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "crds", "1m30s", java.util.Set.of("name", "resourcesTemplate", "timeout")),
            org.assertj.core.groups.Tuple.tuple(
                "apps", null, java.util.Set.of("name", "resources")));
  }

  @Test
  void inputMapsAreMutable() {
    ResourceSet r = rset(HEAD + "spec:\n  inputs:\n    - a: {b: 1}\n  resourcesTemplate: x\n");
    Map<String, Object> in = r.spec().inputs().get(0);
    in.put("new", 1L);
    assertThat(in).isInstanceOf(java.util.LinkedHashMap.class).containsKey("new");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown spec field | spec:\\n  resourcez: []\\n | rset.yaml:6:3: spec.resourcez: unknown field
          unknown root field | specs: {}\\n | rset.yaml:5:1: specs: unknown field
          unknown step field | spec:\\n  steps:\\n  - name: a\\n    resources: []\\n    wait: true\\n | rset.yaml:9:5: spec.steps[0].wait: unknown field
          wrong type string | spec:\\n  resourcesTemplate: [a]\\n | rset.yaml:6:22: spec.resourcesTemplate: must be a string, not a list
          wrong type step name | spec:\\n  steps:\\n  - name: a\\n    resources: []\\n  - name: 12\\n    resources: []\\n | rset.yaml:9:11: spec.steps[1].name: must be a string, not an integer
          wrong type bool | spec:\\n  wait: "yes"\\n  resourcesTemplate: x\\n | rset.yaml:6:9: spec.wait: must be a boolean, not a string
          wrong type list | spec:\\n  inputs: {a: 1}\\n | rset.yaml:6:11: spec.inputs: must be a list, not an object
          spec not an object | spec: 1\\n | rset.yaml:5:7: spec: must be an object, not an integer
          missing step name | spec:\\n  steps:\\n  - name: a\\n    resources: []\\n  - resources: []\\n | rset.yaml:9:5: spec.steps[1].name: Required value
          missing dependency kind | spec:\\n  resourcesTemplate: x\\n  dependsOn:\\n  - apiVersion: v1\\n    name: x\\n | rset.yaml:8:5: spec.dependsOn[0].kind: Required value
          missing strategy name | spec:\\n  resourcesTemplate: x\\n  inputStrategy: {includeEmptyProviders: true}\\n | rset.yaml:7:18: spec.inputStrategy.name: Required value
          bad strategy name | spec:\\n  resourcesTemplate: x\\n  inputStrategy:\\n    name: Foo\\n | rset.yaml:8:11: spec.inputStrategy.name: unsupported value "Foo": supported values: "Flatten", "Permute"
          resource not an object | spec:\\n  resources:\\n  - a\\n | rset.yaml:7:5: spec.resources[0]: must be an object, not a string
          input not an object | spec:\\n  resourcesTemplate: x\\n  inputs:\\n  - {a: 1}\\n  - [1]\\n | rset.yaml:9:5: spec.inputs[1]: must be an object, not a list
          step resource not an object | spec:\\n  steps:\\n  - name: a\\n    resources: [null]\\n | rset.yaml:8:17: spec.steps[0].resources[0]: must be an object, not null
          bad apiVersion | spec: {resourcesTemplate: x}\\napiVersion: v2\\n | rset.yaml:6:13: apiVersion: unsupported value "v2": supported values: "fluxcd.controlplane.io/v1"
          bad ref kind | spec:\\n  resourcesTemplate: x\\n  inputsFrom:\\n  - name: a\\n    kind: Secret\\n | rset.yaml:9:11: spec.inputsFrom[0].kind: unsupported value "Secret": supported values: "ResourceSetInputProvider"
          label map value | spec:\\n  resourcesTemplate: x\\n  commonMetadata:\\n    labels:\\n      a: {b: c}\\n | rset.yaml:9:10: spec.commonMetadata.labels[a]: must be a string, not an object
          metadata label list | spec: {resourcesTemplate: x}\\nmetadata:\\n  labels:\\n    a: [1]\\n | rset.yaml:8:8: metadata.labels[a]: must be a string, not a list
          selector expression key | spec:\\n  resourcesTemplate: x\\n  inputsFrom:\\n  - selector:\\n      matchExpressions:\\n      - operator: Exists\\n | rset.yaml:10:9: spec.inputsFrom[0].selector.matchExpressions[0].key: Required value
          """)
  void structuralErrors(String name, String body, String message) {
    String text = HEAD + body.replace("\\n", "\n");
    assertThat(rsetError(text)).hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          steps with resources | spec:\\n  resources: []\\n  steps:\\n  - name: a\\n    resources: []\\n | rset.yaml:6:3: spec: steps is mutually exclusive with resources and resourcesTemplate
          steps with template | spec:\\n  resourcesTemplate: ""\\n  steps:\\n  - name: a\\n    resources: []\\n | rset.yaml:6:3: spec: steps is mutually exclusive with resources and resourcesTemplate
          nothing to build | spec:\\n  inputs: []\\n | rset.yaml:6:3: spec: at least one of steps, resources or resourcesTemplate must be set
          nothing but null | spec:\\n  resources: null\\n | rset.yaml:6:3: spec: at least one of steps, resources or resourcesTemplate must be set
          unique step names | spec:\\n  steps:\\n  - name: a\\n    resources: []\\n  - name: b\\n    resources: []\\n  - name: a\\n    resources: []\\n | rset.yaml:11:11: spec.steps: step names must be unique
          empty steps | spec:\\n  steps: []\\n | rset.yaml:6:10: spec.steps: should have at least 1 items
          step without resources | spec:\\n  steps:\\n  - name: a\\n    timeout: 5m\\n | rset.yaml:7:5: spec.steps[0]: at least one of resources or resourcesTemplate must be set
          includeEmptyProviders flatten | spec:\\n  resourcesTemplate: x\\n  inputStrategy:\\n    name: Flatten\\n    includeEmptyProviders: false\\n | rset.yaml:8:5: spec.inputStrategy: includeEmptyProviders only applies when name is Permute
          ref without name or selector | spec:\\n  resourcesTemplate: x\\n  inputsFrom:\\n  - kind: ResourceSetInputProvider\\n | rset.yaml:8:5: spec.inputsFrom[0]: at least one of name or selector must be set for input provider references
          ref with name and selector | spec:\\n  resourcesTemplate: x\\n  inputsFrom:\\n  - name: a\\n    selector: {}\\n | rset.yaml:8:5: spec.inputsFrom[0]: cannot set both name and selector for input provider references
          step name pattern | spec:\\n  steps:\\n  - name: Apps\\n    resources: []\\n | rset.yaml:7:11: spec.steps[0].name: Invalid value: "Apps": should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
          step name trailing dash | spec:\\n  steps:\\n  - name: apps-\\n    resources: []\\n | rset.yaml:7:11: spec.steps[0].name: Invalid value: "apps-": should match '^[a-z0-9]([-a-z0-9]*[a-z0-9])?$'
          """)
  void crdRules(String name, String body, String message) {
    String text = HEAD + body.replace("\\n", "\n");
    assertThat(rsetError(text)).hasMessage(message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          steps with resources | spec:\\n  resources: []\\n  steps:\\n  - name: a\\n    resources: []\\n
          nothing to build | spec:\\n  inputs: []\\n
          unique step names | spec:\\n  steps:\\n  - name: a\\n    resources: []\\n  - name: a\\n    resources: []\\n
          step without resources | spec:\\n  steps:\\n  - name: a\\n    timeout: 5m\\n
          includeEmptyProviders flatten | spec:\\n  resourcesTemplate: x\\n  inputStrategy:\\n    name: Flatten\\n    includeEmptyProviders: false\\n
          ref without name or selector | spec:\\n  resourcesTemplate: x\\n  inputsFrom:\\n  - kind: ResourceSetInputProvider\\n
          ref with name and selector | spec:\\n  resourcesTemplate: x\\n  inputsFrom:\\n  - name: a\\n    selector: {}\\n
          """)
  void cliModeSkipsTheCelRules(String name, String body) {
    String text = HEAD + body.replace("\\n", "\n");
    assertThat(rsetError(text)).isNotNull();
    assertThat(ManifestReader.readResourceSet(TestYaml.doc("rset.yaml", text), ReadMode.CLI))
        .isNotNull();
  }

  @Test
  void cliModeKeepsTheSchema() {
    String text = HEAD + "spec:\n  resourcesTemplate: x\n  extra: 1\n";
    assertThatThrownBy(
            () -> ManifestReader.readResourceSet(TestYaml.doc("rset.yaml", text), ReadMode.CLI))
        .isInstanceOf(ManifestException.class)
        .hasMessageContaining("spec.extra");
    String steps = HEAD + "spec:\n  steps:\n  - name: Apps\n    resources: []\n";
    assertThatThrownBy(
            () -> ManifestReader.readResourceSet(TestYaml.doc("rset.yaml", steps), ReadMode.CLI))
        .hasMessageContaining("should match");
  }

  @Test
  void cliModeSkipsTheProviderCelRules() {
    String text =
        "apiVersion: fluxcd.controlplane.io/v1\nkind: ResourceSetInputProvider\nmetadata:\n"
            + "  name: p\nspec:\n  type: Static\n  url: https://example.com\n";
    assertThat(rsipError(text)).hasMessageContaining("spec.url must be empty");
    assertThat(ManifestReader.readInputProvider(TestYaml.doc("rsip.yaml", text), ReadMode.CLI))
        .isNotNull();
  }

  @Test
  void patternErrors() {
    assertThat(
            rsetError(HEAD + "spec:\n  steps:\n  - name: a\n    resources: []\n    timeout: 5 m\n"))
        .hasMessage(
            "rset.yaml:9:14: spec.steps[0].timeout: Invalid value: \"5 m\": should match"
                + " '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$'");
    assertThat(rsipError(RSIP_HEAD + "spec:\n  type: GitHubTag\n  url: ftp://x\n"))
        .hasMessage(
            "rsip.yaml:5:8: spec.url: Invalid value: \"ftp://x\": should match"
                + " '^((http|https|oci)://.*){0,1}$'");
  }

  @Test
  void stepNameMaxLength() {
    String ok = "a".repeat(63);
    assertThat(
            rset(HEAD + "spec:\n  steps:\n  - name: " + ok + "\n    resources: []\n")
                .spec()
                .steps()
                .get(0)
                .name())
        .isEqualTo(ok);
    assertThat(rsetError(HEAD + "spec:\n  steps:\n  - name: " + ok + "b\n    resources: []\n"))
        .hasMessage("rset.yaml:7:11: spec.steps[0].name: Too long: may not be more than 63 bytes");
  }

  @Test
  void atMostTwentySteps() {
    StringBuilder sb = new StringBuilder(HEAD + "spec:\n  steps:\n");
    for (int i = 0; i < 20; i++) {
      sb.append("  - name: s").append(i).append("\n    resources: []\n");
    }
    assertThat(rset(sb.toString()).spec().steps()).hasSize(20);
    sb.append("  - name: s20\n    resources: []\n");
    assertThat(rsetError(sb.toString()))
        .hasMessage("rset.yaml:7:3: spec.steps: must have at most 20 items");
  }

  @Test
  void exceptionCarriesPositionPathAndDetail() {
    ManifestException e = rsetError(HEAD + "spec:\n  steps:\n  - resources: []\n");
    assertThat(e.position()).isEqualTo(new Position("rset.yaml", 7, 5));
    assertThat(e.path()).isEqualTo("spec.steps[0].name");
    assertThat(e.detail()).isEqualTo("Required value");
  }

  @Test
  void metadataIsLenientAndCoercesLabelValuesLikeSigsYaml() {
    ResourceSet r =
        rset(
            """
            kind: ResourceSet
            metadata:
              name: 123
              managedFields: [whatever]
              labels:
                a: 1
                b: 1.5
                c: yes
                d: null
                e: 1e3
                g: 1.0
                h: 123456789.123
                i: 12345678901234567890
                "n": 0x1F
            spec:
              resourcesTemplate: x
            """);
    assertThat(r.metadata().name()).isEqualTo("123");
    assertThat(r.metadata().labels())
        .containsEntry("a", "1")
        .containsEntry("b", "1.5")
        .containsEntry("c", "true")
        .containsEntry("d", "")
        .containsEntry("e", "1000")
        .containsEntry("g", "1")
        .containsEntry("h", "1.2345679e+08")
        .containsEntry("i", "12345678901234567890")
        .containsEntry("n", "31");
  }

  @Test
  void float32Formatting() {
    assertThat(Fields.formatFloat32(0.1)).isEqualTo("0.1");
    assertThat(Fields.formatFloat32(0.0001)).isEqualTo("0.0001");
    assertThat(Fields.formatFloat32(0.00001)).isEqualTo("1e-05");
    assertThat(Fields.formatFloat32(123456)).isEqualTo("123456");
    assertThat(Fields.formatFloat32(1234567)).isEqualTo("1.234567e+06");
    assertThat(Fields.formatFloat32(-2.5)).isEqualTo("-2.5");
    assertThat(Fields.formatFloat32(Double.POSITIVE_INFINITY)).isEqualTo("+Inf");
    assertThat(Fields.formatFloat32(3.14159265358979)).isEqualTo("3.1415927");
  }

  @Test
  void absentSpecReadsAsEmpty() {
    ResourceSet r = rset("metadata: {name: a}\n");
    assertThat(r.spec().present()).isEmpty();
    assertThat(r.spec().inputs()).isEmpty();
    assertThat(r.spec().commonMetadata()).isEqualTo(CommonMetadata.EMPTY);
  }

  @Test
  void readsStatusLeniently() {
    ResourceSet r =
        rset(
            HEAD
                + """
                spec: {resourcesTemplate: x}
                status:
                  conditions: [{type: Ready, status: "True"}]
                  inventory:
                    entries: [{id: a, v: v1}]
                  lastAppliedRevision: sha256:x
                  somethingNew: 1
                """);
    assertThat(r.status().conditions()).hasSize(1);
    assertThat(r.status().inventoryEntries()).containsExactly(Map.of("id", "a", "v", "v1"));
    assertThat(r.status().lastAppliedRevision()).isEqualTo("sha256:x");
  }

  @Test
  void readsSeveralManifestsInOrder() {
    List<Manifest> all =
        ManifestReader.readAll(
            TestYaml.docs(
                "all.yaml",
                """
                apiVersion: fluxcd.controlplane.io/v1
                kind: ResourceSetInputProvider
                metadata: {name: b}
                spec: {type: Static, defaultValues: {x: 1}}
                ---
                ---
                kind: ResourceSet
                metadata: {name: a}
                spec: {resourcesTemplate: x}
                """));
    assertThat(all).hasSize(2);
    assertThat(all.get(0)).isInstanceOf(ResourceSetInputProvider.class);
    assertThat(all.get(0).metadata().name()).isEqualTo("b");
    assertThat(all.get(1)).isInstanceOf(ResourceSet.class);
    assertThat(all.get(1).source()).isEqualTo(new Position("all.yaml", 7, 1));
  }

  @Test
  void readAllNeedsAKind() {
    assertThatThrownBy(() -> ManifestReader.readAll(TestYaml.docs("f.yaml", "metadata: {}\n")))
        .hasMessage("f.yaml:1:1: kind: Required value");
    assertThatThrownBy(() -> ManifestReader.readAll(TestYaml.docs("f.yaml", "kind: Secret\n")))
        .hasMessage(
            "f.yaml:1:7: kind: unsupported value \"Secret\": supported values: \"ResourceSet\","
                + " \"ResourceSetInputProvider\"");
  }

  @Test
  void readsAnInputProvider() {
    ResourceSetInputProvider p =
        ManifestReader.readInputProvider(
            TestYaml.doc(
                "p.yaml",
                """
                apiVersion: fluxcd.controlplane.io/v1
                kind: ResourceSetInputProvider
                metadata:
                  name: release-tags
                  namespace: platform
                spec:
                  type: GitHubTag
                  url: https://github.com/example/app
                  secretRef:
                    name: gh-token
                  filter:
                    semver: ">=1.0.0"
                    limit: 1
                  schedule:
                    - cron: "0 * * * *"
                      window: 5m
                  defaultValues:
                    env: prod
                status:
                  exportedInputs:
                    - {id: "1", tag: v1.0.0}
                  lastExportedRevision: sha256:abc
                """));
    assertThat(p.spec().type()).isEqualTo("GitHubTag");
    assertThat(p.spec().url()).isEqualTo("https://github.com/example/app");
    assertThat(p.spec().defaultValues()).isEqualTo(Map.of("env", "prod"));
    assertThat(p.spec().raw()).containsKeys("filter", "schedule", "secretRef");
    assertThat(p.exportedInputs()).containsExactly(Map.of("id", "1", "tag", "v1.0.0"));
    assertThat(p.lastExportedRevision()).isEqualTo("sha256:abc");
  }

  @Test
  void inputProviderWithoutStatusHasNoExportedInputs() {
    ResourceSetInputProvider p =
        ManifestReader.readInputProvider(
            TestYaml.doc("p.yaml", "kind: ResourceSetInputProvider\nspec: {type: Static}\n"));
    assertThat(p.exportedInputs()).isNull();
    assertThat(p.spec().defaultValues()).isEmpty();
  }

  private static final String RSIP_HEAD = "kind: ResourceSetInputProvider\nmetadata: {name: p}\n";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          missing spec | status: {}\\n | rsip.yaml:1:1: spec: Required value
          missing type | spec: {url: x}\\n | rsip.yaml:3:7: spec.type: Required value
          bad type | spec:\\n  type: GitHub\\n | rsip.yaml:4:9: spec.type: unsupported value "GitHub": supported values: "Static", "GitHubBranch", "GitHubTag", "GitHubPullRequest", "GitLabBranch", "GitLabTag", "GitLabMergeRequest", "GitLabEnvironment", "GiteaBranch", "GiteaTag", "GiteaPullRequest", "AzureDevOpsBranch", "AzureDevOpsTag", "AzureDevOpsPullRequest", "AWSCodeCommitBranch", "AWSCodeCommitTag", "AWSCodeCommitPullRequest", "OCIArtifactTag", "ACRArtifactTag", "ECRArtifactTag", "GARArtifactTag", "ExternalService", "ExternalArtifact"
          unknown field | spec:\\n  type: Static\\n  defaults: {}\\n | rsip.yaml:5:3: spec.defaults: unknown field
          filter limit | spec:\\n  type: GitHubTag\\n  url: https://x\\n  filter:\\n    limit: 10001\\n | rsip.yaml:7:12: spec.filter.limit: Invalid value: 10001: should be less than or equal to 10000
          schedule cron | spec:\\n  type: GitHubTag\\n  url: https://x\\n  schedule:\\n  - window: 1h\\n | rsip.yaml:7:5: spec.schedule[0].cron: Required value
          static with url | spec:\\n  type: Static\\n  url: https://x\\n | rsip.yaml:4:3: spec: spec.url must be empty when spec.type is 'Static'
          external artifact with url | spec:\\n  type: ExternalArtifact\\n  url: https://x\\n  selectors: [{name: a}]\\n | rsip.yaml:4:3: spec: spec.url must be empty when spec.type is 'ExternalArtifact'
          no url | spec:\\n  type: GitHubBranch\\n | rsip.yaml:4:3: spec: spec.url must not be empty when spec.type is not 'Static' or 'ExternalArtifact'
          git url | spec:\\n  type: GitLabTag\\n  url: oci://x/y\\n | rsip.yaml:4:3: spec: spec.url must start with 'http://' or 'https://' when spec.type is a Git provider
          azure url | spec:\\n  type: AzureDevOpsTag\\n  url: oci://x/y\\n | rsip.yaml:4:3: spec: spec.url must start with 'http://' or 'https://' when spec.type is an AzureDevOps provider
          aws url | spec:\\n  type: AWSCodeCommitTag\\n  url: http://x/y\\n | rsip.yaml:4:3: spec: spec.url must start with 'https://' when spec.type is a AWSCodeCommit provider
          oci url | spec:\\n  type: OCIArtifactTag\\n  url: https://x/y\\n | rsip.yaml:4:3: spec: spec.url must start with 'oci://' when spec.type is an OCI provider
          oci repo path | spec:\\n  type: ECRArtifactTag\\n  url: oci://registry.io\\n | rsip.yaml:4:3: spec: spec.url must include the repository path after the registry host when spec.type is an OCI provider
          external service url | spec:\\n  type: ExternalService\\n  url: oci://x/y\\n | rsip.yaml:4:3: spec: spec.url must start with 'http://' or 'https://' when spec.type is 'ExternalService'
          insecure | spec:\\n  type: GitHubTag\\n  url: https://x\\n  insecure: true\\n | rsip.yaml:4:3: spec: spec.insecure can only be set when spec.type is 'ExternalService' or 'OCIArtifactTag'
          external service http | spec:\\n  type: ExternalService\\n  url: http://x\\n | rsip.yaml:4:3: spec: spec.url must use 'https://' unless spec.insecure is true
          service account | spec:\\n  type: GitHubTag\\n  url: https://x\\n  serviceAccountName: sa\\n | rsip.yaml:4:3: spec: cannot specify spec.serviceAccountName when spec.type is not one of AzureDevOps*, AWSCodeCommit*, *ArtifactTag or ExternalArtifact
          cert secret | spec:\\n  type: GARArtifactTag\\n  url: oci://x/y\\n  certSecretRef: {name: c}\\n | rsip.yaml:4:3: spec: cannot specify spec.certSecretRef when spec.type is one of Static, ExternalArtifact, AzureDevOps*, AWSCodeCommit*, ACRArtifactTag, ECRArtifactTag or GARArtifactTag
          secret | spec:\\n  type: Static\\n  secretRef: {name: c}\\n | rsip.yaml:4:3: spec: cannot specify spec.secretRef when spec.type is one of Static, ExternalArtifact, AWSCodeCommit*, ACRArtifactTag, ECRArtifactTag or GARArtifactTag
          secret name | spec:\\n  type: GitHubTag\\n  url: https://x\\n  secretRef: {}\\n | rsip.yaml:6:14: spec.secretRef.name: Required value
          artifact selectors | spec:\\n  type: ExternalArtifact\\n | rsip.yaml:4:3: spec: spec.selectors must be set when spec.type is 'ExternalArtifact'
          no selectors | spec:\\n  type: Static\\n  selectors: [{name: a}]\\n | rsip.yaml:4:3: spec: spec.selectors must not be set when spec.type is not 'ExternalArtifact'
          selector name exclusive | spec:\\n  type: ExternalArtifact\\n  selectors:\\n  - name: a\\n    matchLabels: {a: b}\\n | rsip.yaml:6:5: spec.selectors[0]: name is mutually exclusive with matchLabels and matchExpressions
          """)
  void inputProviderRules(String name, String body, String message) {
    assertThat(rsipError(RSIP_HEAD + body.replace("\\n", "\n"))).hasMessage(message);
  }

  @Test
  void validInputProviders() {
    for (String spec :
        List.of(
            "{type: OCIArtifactTag, url: 'oci://ghcr.io/org/app', insecure: true, serviceAccountName: sa}",
            "{type: ExternalService, url: 'http://svc', insecure: true}",
            "{type: ExternalArtifact, selectors: [{matchLabels: {a: b}}], serviceAccountName: x}",
            "{type: AzureDevOpsBranch, url: 'https://dev.azure.com/x', secretRef: {name: s}}",
            "{type: GiteaPullRequest, url: 'https://gitea/x', certSecretRef: {name: s}}")) {
      ManifestReader.readInputProvider(TestYaml.doc("p.yaml", RSIP_HEAD + "spec: " + spec + "\n"));
    }
  }
}

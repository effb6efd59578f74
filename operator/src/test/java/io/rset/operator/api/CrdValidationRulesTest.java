package io.rset.operator.api;

import static org.assertj.core.api.Assertions.assertThat;

import dev.cel.bundle.Cel;
import dev.cel.bundle.CelFactory;
import dev.cel.common.types.SimpleType;
import dev.cel.parser.CelStandardMacro;
import io.rset.core.model.ManifestException;
import io.rset.core.model.ManifestReader;
import io.rset.core.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

/**
 * The CEL rules ({@code x-kubernetes-validations}) of the shipped CRDs, evaluated with cel-java the
 * way the API server evaluates them ({@code self} = the value at the rule's schema node), agree
 * with core's {@link ManifestReader} in API-server mode: a manifest core rejects breaks exactly the
 * CRD rule with core's message, and a manifest core accepts breaks none.
 */
class CrdValidationRulesTest {
  private static final Cel CEL =
      CelFactory.standardCelBuilder()
          .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
          .addVar("self", SimpleType.DYN)
          // the API server's CEL environment includes the strings extension (substring, …)
          .addCompilerLibraries(dev.cel.extensions.CelExtensions.strings())
          .addRuntimeLibraries(dev.cel.extensions.CelExtensions.strings())
          .build();

  @SuppressWarnings("unchecked")
  private static Map<String, Object> specSchema(String crd) {
    Map<String, Object> doc = new Yaml().load(Crds.text(crd));
    Map<String, Object> version =
        ((List<Map<String, Object>>) ((Map<String, Object>) doc.get("spec")).get("versions"))
            .get(0);
    Map<String, Object> props =
        (Map<String, Object>)
            ((Map<String, Object>)
                    ((Map<String, Object>) version.get("schema")).get("openAPIV3Schema"))
                .get("properties");
    return (Map<String, Object>) props.get("spec");
  }

  /** The messages of every rule the value breaks, walking properties and items. */
  @SuppressWarnings("unchecked")
  private static void violations(Map<String, Object> schema, Object value, List<String> out)
      throws Exception {
    if (value == null) {
      return;
    }
    for (Map<String, Object> rule :
        (List<Map<String, Object>>) schema.getOrDefault("x-kubernetes-validations", List.of())) {
      Object ok =
          CEL.createProgram(CEL.compile((String) rule.get("rule")).getAst())
              .eval(Map.of("self", value));
      if (!Boolean.TRUE.equals(ok)) {
        out.add((String) rule.get("message"));
      }
    }
    if (schema.get("properties") instanceof Map<?, ?> props && value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> p : props.entrySet()) {
        violations((Map<String, Object>) p.getValue(), m.get(p.getKey()), out);
      }
    }
    if (schema.get("items") instanceof Map<?, ?> items && value instanceof List<?> l) {
      for (Object item : l) {
        violations((Map<String, Object>) items, item, out);
      }
    }
  }

  private static void agree(String crd, String kind, String spec) throws Exception {
    String manifest =
        "apiVersion: fluxcd.controlplane.io/v1\nkind: "
            + kind
            + "\nmetadata:\n  name: x\n  namespace: y\nspec:\n"
            + spec.indent(2);
    String coreMessage = null;
    try {
      ManifestReader.read(new YamlReader().readSingle("m.yaml", manifest));
    } catch (ManifestException e) {
      coreMessage = e.detail();
    }
    Object value =
        Manifests.plain(
            ((Map<?, ?>) new YamlReader().readSingle("m.yaml", manifest).toValue()).get("spec"));
    List<String> broken = new ArrayList<>();
    violations(specSchema(crd), value, broken);
    if (coreMessage == null) {
      assertThat(broken).as(spec).isEmpty();
    } else {
      assertThat(broken).as(spec).contains(coreMessage);
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "resources: [{apiVersion: v1, kind: ConfigMap}]",
        "resourcesTemplate: x\nsteps: [{name: a, resources: [{}]}]",
        "inputs: [{a: 1}]",
        "steps: [{name: a, resources: [{}]}, {name: a, resourcesTemplate: x}]",
        "steps: [{name: a}]",
        "steps: [{name: a, resourcesTemplate: x}]",
        "resources: []\ninputStrategy: {name: Flatten, includeEmptyProviders: true}",
        "resources: []\ninputStrategy: {name: Permute, includeEmptyProviders: true}",
        "resources: []\ninputsFrom: [{kind: ResourceSetInputProvider}]",
        "resources: []\ninputsFrom: [{name: a, selector: {matchLabels: {a: b}}}]",
        "resources: []\ninputsFrom: [{selector: {matchLabels: {a: b}}}, {name: b}]",
      })
  void resourceSetRulesAgreeWithCore(String spec) throws Exception {
    agree(Crds.RESOURCE_SET, "ResourceSet", spec);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "type: Static",
        "type: Static\nurl: https://x",
        "type: GitHubBranch",
        "type: GitHubBranch\nurl: oci://x/y",
        "type: AzureDevOpsTag\nurl: oci://x",
        "type: AWSCodeCommitBranch\nurl: http://x",
        "type: OCIArtifactTag\nurl: https://x/y",
        "type: OCIArtifactTag\nurl: oci://registry",
        "type: OCIArtifactTag\nurl: oci://registry/repo\ninsecure: true",
        "type: GitHubTag\nurl: https://x\ninsecure: true",
        "type: ExternalService\nurl: http://x",
        "type: ExternalService\nurl: http://x\ninsecure: true",
        "type: GitHubTag\nurl: https://x\nserviceAccountName: sa",
        "type: ECRArtifactTag\nurl: oci://x/y\nserviceAccountName: sa",
        "type: Static\ncertSecretRef: {name: c}",
        "type: GitHubTag\nurl: https://x\ncertSecretRef: {name: c}",
        "type: AWSCodeCommitTag\nurl: https://x\nsecretRef: {name: s}",
        "type: ExternalArtifact",
        "type: ExternalArtifact\nselectors: [{name: a}]",
        "type: ExternalArtifact\nselectors: [{name: a, matchLabels: {a: b}}]",
        "type: GitHubTag\nurl: https://x\nselectors: [{name: a}]",
      })
  void inputProviderRulesAgreeWithCore(String spec) throws Exception {
    agree(Crds.RESOURCE_SET_INPUT_PROVIDER, "ResourceSetInputProvider", spec);
  }
}

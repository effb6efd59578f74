package io.rset.core.build;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.Limits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The engine limits given to the builder bound every template it renders. */
class BuilderLimitsTest {
  private static final String RSET =
      """
      apiVersion: fluxcd.controlplane.io/v1
      kind: ResourceSet
      metadata:
        name: big
        namespace: apps
      spec:
        inputs:
          - count: 50
        resourcesTemplate: |
          apiVersion: v1
          kind: ConfigMap
          metadata:
            name: big
          data:
            list: "<< until (int inputs.count) | join "," >>"
      """;

  @Test
  void defaultLimitsBuild() {
    TestSpecs.Manifest m = TestSpecs.read(RSET);
    List<StepResult> steps =
        ResourceSetBuilder.build(m.spec(), CombinedInputs.of(m.spec().inputs()));
    @SuppressWarnings("unchecked")
    Map<String, Object> data = (Map<String, Object>) steps.get(0).objects().get(0).get("data");
    assertThat((String) data.get("list")).startsWith("0,1,2,").endsWith(",49");
  }

  @Test
  void tighterLimitsAreEnforcedWithTheEnginesMessage() {
    TestSpecs.Manifest m = TestSpecs.read(RSET);
    CombinedInputs inputs = CombinedInputs.of(m.spec().inputs());
    assertThatThrownBy(
            () -> ResourceSetBuilder.build(m.spec(), inputs, new Limits(100, 1 << 20, 10)))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("failed to execute multi-doc YAML template")
        .hasMessageContaining("exceeds the limit 10");
    assertThatThrownBy(() -> ResourceSetBuilder.build(m.spec(), inputs, new Limits(100, 40, 1000)))
        .isInstanceOf(BuildException.class)
        .hasMessageContaining("failed to execute multi-doc YAML template");
  }
}

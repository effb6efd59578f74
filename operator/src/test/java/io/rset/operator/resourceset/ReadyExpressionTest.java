package io.rset.operator.resourceset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReadyExpressionTest {
  static Map<String, Object> rset(long generation, Object conditions) {
    return Map.of(
        "metadata",
        Map.of("generation", generation),
        "status",
        conditions == null ? Map.of() : Map.of("conditions", conditions));
  }

  @Test
  void theBuiltInExpressionChecksEveryReadyCondition() throws Exception {
    long t0 = System.nanoTime();
    ReadyExpression e = ReadyExpression.parse(ReadyExpression.BUILT_IN);
    assertThat(
            e.evaluate(
                rset(
                    2,
                    List.of(Map.of("type", "Ready", "status", "True", "observedGeneration", 2L)))))
        .isTrue();
    System.out.println("CEL first use took " + (System.nanoTime() - t0) / 1_000_000 + "ms");
    assertThat(
            e.evaluate(
                rset(
                    3,
                    List.of(Map.of("type", "Ready", "status", "True", "observedGeneration", 2L)))))
        .isFalse();
    assertThat(
            e.evaluate(
                rset(
                    3,
                    List.of(Map.of("type", "Ready", "status", "False", "observedGeneration", 3L)))))
        .isFalse();
    // vacuously true without a Ready condition
    assertThat(e.evaluate(rset(1, List.of(Map.of("type", "Other", "status", "False"))))).isTrue();
    // an object without status.conditions is an evaluation error
    assertThatThrownBy(() -> e.evaluate(rset(1, null)))
        .isInstanceOf(ReadyExpression.EvalException.class)
        .hasMessageStartingWith(
            "failed to evaluate the CEL expression '" + ReadyExpression.BUILT_IN + "': ");
  }

  @Test
  void optionsAndExtensions() throws Exception {
    Map<String, Object> obj = Map.of("spec", Map.of("n", 2L, "f", 2.5, "s", "Hello"));
    assertThat(ReadyExpression.parse("spec.n < spec.f").evaluate(obj)).isTrue();
    assertThat(ReadyExpression.parse("spec.s.lowerAscii() == 'hello'").evaluate(obj)).isTrue();
    assertThat(ReadyExpression.parse("sets.contains([1, 2], [2])").evaluate(obj)).isTrue();
    assertThat(ReadyExpression.parse("base64.encode(b'a') == 'YQ=='").evaluate(obj)).isTrue();
    assertThat(ReadyExpression.parse("spec.?missing.orValue(1) == 1").evaluate(obj)).isTrue();
  }

  @Test
  void parseAndResultTypeErrors() throws Exception {
    assertThatThrownBy(() -> ReadyExpression.parse("a =="))
        .isInstanceOf(ReadyExpression.ParseException.class)
        .hasMessageStartingWith("failed to parse the CEL expression 'a ==': ERROR: <input>:1:5:");
    assertThatThrownBy(
            () -> ReadyExpression.parse("spec.n").evaluate(Map.of("spec", Map.of("n", 1L))))
        .isInstanceOf(ReadyExpression.EvalException.class)
        .hasMessage("failed to evaluate CEL expression as boolean: 'spec.n'");
  }
}

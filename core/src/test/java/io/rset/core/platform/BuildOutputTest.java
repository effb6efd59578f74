package io.rset.core.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.core.build.StepResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BuildOutputTest {
  private static List<BuildResult> one(Map<String, Object> object) {
    return List.of(new BuildResult(null, List.of(new StepResult(null, List.of(object)))));
  }

  @Test
  void jsonKeepsHtmlCharactersButNotEscapedBackslashes() {
    Map<String, Object> o = new LinkedHashMap<>();
    o.put("b", "<a&b>");
    o.put("a", "\\u003c");
    assertThat(BuildOutput.json(one(o)))
        .isEqualTo("[\n  {\n    \"a\": \"\\\\u003c\",\n    \"b\": \"<a&b>\"\n  }\n]\n");
  }

  @Test
  void yamlHasAStepHeaderOnlyForNamedStepsWithObjects() {
    Map<String, Object> o = new LinkedHashMap<>(Map.of("kind", "A"));
    List<BuildResult> r =
        List.of(
            new BuildResult(
                null,
                List.of(new StepResult("empty", List.of()), new StepResult("s", List.of(o)))));
    assertThat(BuildOutput.yaml(r)).isEqualTo("# step: s\n---\nkind: A\n");
  }
}

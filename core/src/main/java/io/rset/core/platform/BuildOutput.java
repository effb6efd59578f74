package io.rset.core.platform;

import io.rset.core.build.StepResult;
import io.rset.core.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The text {@code rset build rset} prints for built ResourceSets. */
public final class BuildOutput {
  private BuildOutput() {}

  /**
   * The Flux CLI's YAML output (spec §6.2 step 10), results one after the other: for each step,
   * {@code # step: <name>} when the step is named and has objects, then {@code ---\n} and the
   * object's YAML (go-yaml v2 serialisation, §3.6) for each object. No trailing separator.
   */
  public static String yaml(List<BuildResult> results) {
    StringBuilder out = new StringBuilder();
    for (BuildResult r : results) {
      for (StepResult step : r.steps()) {
        if (step.name() != null && !step.objects().isEmpty()) {
          out.append("# step: ").append(step.name()).append('\n');
        }
        for (Map<String, Object> o : step.objects()) {
          out.append("---\n").append(YamlWriter.toYaml(o));
        }
      }
    }
    return out.toString();
  }

  /**
   * All objects of all results as one JSON array in build order: keys sorted, two-space
   * indentation, {@code <>&} not escaped (Go's {@code json.Encoder} with {@code SetIndent("", " ")}
   * and {@code SetEscapeHTML(false)}), ending with a newline.
   */
  public static String json(List<BuildResult> results) {
    List<Object> all = new ArrayList<>();
    for (BuildResult r : results) {
      all.addAll(r.objects());
    }
    return YamlWriter.toRawJson(all) + "\n";
  }
}

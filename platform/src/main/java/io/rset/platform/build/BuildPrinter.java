package io.rset.platform.build;

import io.rset.core.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The text {@code rset platform build} prints. */
public final class BuildPrinter {
  private BuildPrinter() {}

  /**
   * Every object as a YAML document ({@code ---} then sigs.k8s.io/yaml's serialisation, as {@code
   * rset build rset} prints them), in build order.
   */
  public static String yaml(List<PlatformObject> objects) {
    StringBuilder out = new StringBuilder();
    for (PlatformObject o : objects) {
      out.append("---\n").append(YamlWriter.toYaml(o.object()));
    }
    return out.toString();
  }

  /** All objects as one JSON array (keys sorted, two-space indentation), ending with a newline. */
  public static String json(List<PlatformObject> objects) {
    List<Map<String, Object>> all = new ArrayList<>(objects.size());
    for (PlatformObject o : objects) {
      all.add(o.object());
    }
    return YamlWriter.toRawJson(all) + "\n";
  }
}

package io.rset.platform.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ListEdit}: the new item is spliced in, every other byte stays. */
class ListEditTest {
  private static final List<String> INPUTS = List.of("spec", "inputs");

  private static Map<String, Object> release(String name, List<Object> deps) {
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("name", name);
    chart.put("version", "1.2.3");
    chart.put("url", "https://charts.example.com");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.put("namespace", "apps");
    m.put("chart", chart);
    m.put("dependsOn", deps);
    return m;
  }

  private static String add(String text, List<String> path, Integer index, Object item) {
    return ListEdit.add(
        new TextDoc("f.yaml", text), 0, path, index, item, List.of("resourcesTemplate"));
  }

  @Test
  void indentedBlockListKeepsStyle() {
    String in =
        """
        spec:
          inputs:
            - name: a   # first
              namespace: x
              chart:
                name: a
                version: "1.0.0"
                url: https://a
              dependsOn: [b]
          resourcesTemplate: |
            x
        """;
    String out = add(in, INPUTS, null, release("c", List.of("a", "b")));
    assertThat(out)
        .isEqualTo(
            """
            spec:
              inputs:
                - name: a   # first
                  namespace: x
                  chart:
                    name: a
                    version: "1.0.0"
                    url: https://a
                  dependsOn: [b]
                - name: c
                  namespace: apps
                  chart:
                    name: c
                    version: "1.2.3"
                    url: https://charts.example.com
                  dependsOn: [a, b]
              resourcesTemplate: |
                x
            """);
  }
}

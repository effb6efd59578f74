package io.rset.platform.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@link ListEdit}: a new item is spliced into lists written in many styles; each test asserts the
 * whole resulting text, so any other changed byte fails it.
 */
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
    if (deps != null) {
      m.put("dependsOn", deps);
    }
    return m;
  }

  private static String add(String text, List<?> path, Integer index, Object item) {
    return ListEdit.add(
        new TextDoc("f.yaml", text), 0, path, index, item, List.of("resourcesTemplate"));
  }

  private static String addInput(String text, Object item) {
    return add(text, INPUTS, null, item);
  }

  @Test
  void indentedBlockListKeepsStyleAndComments() {
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
    assertThat(addInput(in, release("c", List.of("a", "b"))))
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

  @Test
  void dashAtKeyColumn() {
    String in =
        """
        spec:
          inputs:
          - name: a
            namespace: x
            chart:
              name: a
              version: 1.0.0
              url: https://a
          resourcesTemplate: x
        """;
    assertThat(addInput(in, release("c", null)))
        .isEqualTo(
            """
            spec:
              inputs:
              - name: a
                namespace: x
                chart:
                  name: a
                  version: 1.0.0
                  url: https://a
              - name: c
                namespace: apps
                chart:
                  name: c
                  version: 1.2.3
                  url: https://charts.example.com
              resourcesTemplate: x
            """);
  }

  @Test
  void fourSpaceIndentAndWideGap() {
    String in =
        """
        spec:
            inputs:
                -   name: a
                    namespace: x
                    chart:
                        name: a
                        version: '1.0.0'
                        url: 'https://a'
        """;
    assertThat(addInput(in, release("c", null)))
        .isEqualTo(
            """
            spec:
                inputs:
                    -   name: a
                        namespace: x
                        chart:
                            name: a
                            version: '1.0.0'
                            url: 'https://a'
                    -   name: c
                        namespace: apps
                        chart:
                            name: c
                            version: '1.2.3'
                            url: 'https://charts.example.com'
            """);
  }

  @Test
  void commentsBetweenAndAfterEntries() {
    // A comment indented into the last item (a commented-out field) stays with it; the comment at
    // the dash column introduces what follows and stays after the new item.
    String in =
        """
        spec:
          inputs:
            # networking
            - name: a
              namespace: x
            # storage
            - name: b
              namespace: y
              # interval: 5m

            # - name: disabled
          resourcesTemplate: x
        """;
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", "c");
    item.put("namespace", "z");
    assertThat(addInput(in, item))
        .isEqualTo(
            """
            spec:
              inputs:
                # networking
                - name: a
                  namespace: x
                # storage
                - name: b
                  namespace: y
                  # interval: 5m
                - name: c
                  namespace: z

                # - name: disabled
              resourcesTemplate: x
            """);
  }

  @Test
  void blankLineSeparatedEntries() {
    String in =
        """
        spec:
          inputs:
            - name: a
              namespace: x

            - name: b
              namespace: y

          resourcesTemplate: x
        """;
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", "c");
    item.put("namespace", "z");
    assertThat(addInput(in, item))
        .isEqualTo(
            """
            spec:
              inputs:
                - name: a
                  namespace: x

                - name: b
                  namespace: y

                - name: c
                  namespace: z

              resourcesTemplate: x
            """);
  }

  @Test
  void crlfLineEndingsAreKept() {
    String in =
        """
        spec:
          inputs:
            - name: a # c
              namespace: x
          resourcesTemplate: x
        """
            .replace("\n", "\r\n");
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", "c");
    item.put("namespace", "z");
    assertThat(addInput(in, item))
        .isEqualTo(
            """
            spec:
              inputs:
                - name: a # c
                  namespace: x
                - name: c
                  namespace: z
              resourcesTemplate: x
            """
                .replace("\n", "\r\n"));
  }

  @Test
  void noTrailingNewlineStaysAbsent() {
    String in = "spec:\n  inputs:\n    - name: a\n      namespace: x";
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", "c");
    item.put("namespace", "z");
    assertThat(addInput(in, item))
        .isEqualTo(
            "spec:\n  inputs:\n    - name: a\n      namespace: x\n    - name: c\n      namespace: z");
  }

  @Test
  void flowListOnOneLine() {
    String in = "spec:\n  inputs: [{name: a, namespace: x}, {name: b, namespace: y}]  # all\n";
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", "c");
    item.put("namespace", "z");
    assertThat(addInput(in, item))
        .isEqualTo(
            "spec:\n  inputs: [{name: a, namespace: x}, {name: b, namespace: y}, {name: c,"
                + " namespace: z}]  # all\n");
  }

  @Test
  void flowListOverSeveralLinesWithTrailingComma() {
    String in =
        """
        spec:
          inputs: [
            {name: a, namespace: x},
            {name: b, namespace: y},
          ]
        """;
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", "c");
    item.put("namespace", "z");
    assertThat(addInput(in, item))
        .isEqualTo(
            """
            spec:
              inputs: [
                {name: a, namespace: x},
                {name: b, namespace: y},
                {name: c, namespace: z},
              ]
            """);
  }

  @Test
  void flowListOverSeveralLinesWithoutTrailingComma() {
    String in =
        """
        resources: [
          a.yaml,
          b.yaml
        ]
        """;
    assertThat(add(in, List.of("resources"), null, "c.yaml"))
        .isEqualTo(
            """
            resources: [
              a.yaml,
              b.yaml,
              c.yaml
            ]
            """);
  }

  @Test
  void emptyFlowListBecomesBlockList() {
    String in =
        """
        spec:
          dependsOn:
          - name: x
          inputs: []   # none yet
          resourcesTemplate: x
        """;
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", "c");
    item.put("namespace", "z");
    assertThat(addInput(in, item))
        .isEqualTo(
            """
            spec:
              dependsOn:
              - name: x
              inputs:   # none yet
              - name: c
                namespace: z
              resourcesTemplate: x
            """);
  }

  @Test
  void nullValueBecomesBlockList() {
    String in = "spec:\n  inputs: ~\n  resourcesTemplate: x\n";
    assertThat(addInput(in, Map.of("name", "c")))
        .isEqualTo("spec:\n  inputs:\n    - name: c\n  resourcesTemplate: x\n");
    String empty = "spec:\n  inputs:\n  resourcesTemplate: x\n";
    assertThat(addInput(empty, Map.of("name", "c")))
        .isEqualTo("spec:\n  inputs:\n    - name: c\n  resourcesTemplate: x\n");
  }

  @Test
  void missingKeyGoesBeforeTheTemplate() {
    String in =
        """
        spec:
          commonMetadata:
            labels:
              a: b
          # the template
          resourcesTemplate: |
            x
        """;
    assertThat(addInput(in, Map.of("name", "c")))
        .isEqualTo(
            """
            spec:
              commonMetadata:
                labels:
                  a: b
              inputs:
                - name: c
              # the template
              resourcesTemplate: |
                x
            """);
  }

  @Test
  void missingKeyIsAppendedWithoutAnAnchorKey() {
    String in = "spec:\n  serviceAccountName: x\n# end\n";
    assertThat(add(in, INPUTS, null, Map.of("name", "c")))
        .isEqualTo("spec:\n  serviceAccountName: x\n  inputs:\n    - name: c\n# end\n");
  }

  @Test
  void quotingFollowsTheEntriesAndKeepsValuesStrings() {
    String in =
        """
        spec:
          inputs:
            - name: 'a'
              namespace: 'x'
              chart:
                name: 'a'
                version: 1.0.0
                url: 'https://a'
        """;
    Map<String, Object> item = release("c", null);
    ((Map<String, Object>) item.get("chart")).put("version", "1.10");
    assertThat(addInput(in, item))
        .isEqualTo(
            """
            spec:
              inputs:
                - name: 'a'
                  namespace: 'x'
                  chart:
                    name: 'a'
                    version: 1.0.0
                    url: 'https://a'
                - name: 'c'
                  namespace: 'apps'
                  chart:
                    name: 'c'
                    version: '1.10'
                    url: 'https://charts.example.com'
            """);
  }

  @Test
  void blockDependsOnAndKeyOrderOfTheEntries() {
    String in =
        """
        spec:
          inputs:
            - namespace: x
              name: a
              dependsOn:
                - b
                - c
              chart: {name: a, version: "1", url: "https://a"}
        """;
    assertThat(addInput(in, release("d", List.of("a", "b"))))
        .isEqualTo(
            """
            spec:
              inputs:
                - namespace: x
                  name: a
                  dependsOn:
                    - b
                    - c
                  chart: {name: a, version: "1", url: "https://a"}
                - namespace: apps
                  name: d
                  dependsOn:
                    - a
                    - b
                  chart: {name: d, version: "1.2.3", url: "https://charts.example.com"}
            """);
  }

  @Test
  void flowMappingItemsInABlockList() {
    String in = "spec:\n  inputs:\n    - { name: a, namespace: x }\n";
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("name", "c");
    item.put("namespace", "z");
    assertThat(addInput(in, item))
        .isEqualTo(
            "spec:\n  inputs:\n    - { name: a, namespace: x }\n    - { name: c, namespace: z }\n");
  }

  @Test
  void lastItemEndingInALiteralBlock() {
    String in =
        """
        spec:
          inputs:
            - name: a
              script: |
                echo a


          resourcesTemplate: x
        """;
    assertThat(addInput(in, Map.of("name", "c")))
        .isEqualTo(
            """
            spec:
              inputs:
                - name: a
                  script: |
                    echo a
                - name: c


              resourcesTemplate: x
            """);
  }

  @Test
  void keepChompedLiteralKeepsItsTrailingLines() {
    String in = "spec:\n  inputs:\n    - name: a\n      script: |+\n        echo a\n\n  x: 1\n";
    assertThat(addInput(in, Map.of("name", "c")))
        .isEqualTo(
            "spec:\n  inputs:\n    - name: a\n      script: |+\n        echo a\n\n    - name: c\n  x: 1\n");
  }

  @Test
  void listInALaterDocument() {
    String in = "a: 1\n---\n# second\nspec:\n  inputs:\n  - name: a\n---\nb: 2\n";
    String out =
        ListEdit.add(new TextDoc("f.yaml", in), 1, INPUTS, null, Map.of("name", "c"), List.of());
    assertThat(out)
        .isEqualTo("a: 1\n---\n# second\nspec:\n  inputs:\n  - name: a\n  - name: c\n---\nb: 2\n");
  }

  @Test
  void insertAtAnIndexGoesAboveTheItemsComments() {
    String in =
        """
        files:
          - a.yaml
          # the b chart
          - b.yaml
        """;
    assertThat(add(in, List.of("files"), 1, "ab.yaml"))
        .isEqualTo(
            """
            files:
              - a.yaml
              - ab.yaml
              # the b chart
              - b.yaml
            """);
    assertThat(add(in, List.of("files"), 0, "0.yaml"))
        .isEqualTo(
            """
            files:
              - 0.yaml
              - a.yaml
              # the b chart
              - b.yaml
            """);
  }

  @Test
  void pathThroughAListIndex() {
    String in =
        """
        configMapGenerator:
        - name: other
          files: [x.yaml]
        - name: platform-values
          files:
          - charts/a.yaml
        """;
    assertThat(
            add(
                in,
                List.<Object>of("configMapGenerator", 1, "files"),
                null,
                "b.yaml=charts/b.yaml"))
        .isEqualTo(
            """
            configMapGenerator:
            - name: other
              files: [x.yaml]
            - name: platform-values
              files:
              - charts/a.yaml
              - b.yaml=charts/b.yaml
            """);
  }

  @Test
  void wideCharactersBeforeAFlowList() {
    String in = "spec: {inputs: [{name: \"😀\"}], x: 1}\n";
    assertThat(addInput(in, Map.of("name", "c")))
        .isEqualTo("spec: {inputs: [{name: \"😀\"}, {name: \"c\"}], x: 1}\n");
  }

  @Test
  void emptyFlowListInsideAFlowMapping() {
    String in = "spec: {inputs: [], x: 1}\n";
    assertThat(addInput(in, Map.of("name", "c"))).isEqualTo("spec: {inputs: [{name: c}], x: 1}\n");
  }

  @Test
  void refusesWhatCannotBeEditedSafely() {
    assertThatThrownBy(() -> addInput("x: &l []\nspec:\n  inputs: *l\n", Map.of("name", "c")))
        .isInstanceOf(EditException.class)
        .hasMessage("f.yaml:3:11: inputs is an alias; add the entry by hand");
    assertThatThrownBy(() -> addInput("spec:\n  inputs: &l []\n", Map.of("name", "c")))
        .isInstanceOf(EditException.class)
        .hasMessage(
            "f.yaml:2:11: the empty list has an anchor, tag or comment inside; add the entry by hand");
    assertThatThrownBy(() -> addInput("spec:\n  inputs: 3\n", Map.of("name", "c")))
        .isInstanceOf(EditException.class)
        .hasMessage("f.yaml:2:11: inputs is not a list");
    assertThatThrownBy(() -> addInput("spec: {a: 1}\n", Map.of("name", "c")))
        .isInstanceOf(EditException.class)
        .hasMessage("f.yaml:1:7: cannot add inputs to a flow mapping; write it in block style");
    assertThatThrownBy(() -> addInput("metadata: {}\n", Map.of("name", "c")))
        .isInstanceOf(EditException.class)
        .hasMessage("f.yaml:1:1: no spec here");
    assertThatThrownBy(() -> addInput("spec:\n  inputs: [a\n", Map.of("name", "c")))
        .isInstanceOf(EditException.class)
        .hasMessageStartingWith("f.yaml:3:1: ");
  }
}

package io.rset.core.inputs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.core.build.InputSet;
import io.rset.core.model.InputStrategy;
import io.rset.core.model.LabelSelector;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ResourceSet;
import io.rset.core.model.ResourceSetInputProvider;
import io.rset.core.model.TestYaml;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class InputsTest {
  private static final InputStrategy PERMUTE = new InputStrategy("Permute", null);
  private static final InputStrategy PERMUTE_EMPTY = new InputStrategy("Permute", true);

  static ProviderInputs rset(String name, List<Map<String, Object>> sets) {
    return new ProviderInputs("ResourceSet", name, "ns", sets);
  }

  static ProviderInputs rsip(String name, List<Map<String, Object>> sets) {
    return new ProviderInputs("ResourceSetInputProvider", name, "ns", sets);
  }

  static List<Map<String, Object>> sets(int n) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(Map.of("i", (long) i));
    }
    return out;
  }

  @Test
  void adler32Ids() {
    assertThat(InputIds.adler32("foo")).isEqualTo("42074437");
    assertThat(InputIds.adler32("bar")).isEqualTo("39649590");
    assertThat(InputIds.adler32("baz")).isEqualTo("40173886");
    assertThat(InputIds.adler32("team1-apps")).isEqualTo("340788154");
    assertThat(InputIds.adler32("rset=0/rsip=0")).isEqualTo("563152006");
    assertThat(InputIds.adler32("color_environments=0/team1_apps=0")).isEqualTo("3776973979");
  }

  @Test
  void nameNormalisation() {
    assertThat(ProviderNames.normalize("color-environments")).isEqualTo("color_environments");
    assertThat(ProviderNames.normalize("team1-apps")).isEqualTo("team1_apps");
    assertThat(ProviderNames.normalize("My.App--v2")).isEqualTo("my_app_v2");
    assertThat(ProviderNames.normalize("a+b")).isEqualTo("ab");
    assertThat(ProviderNames.normalize("-x-")).isEqualTo("x");
    assertThat(ProviderNames.normalize("a b\tc/d:e_f")).isEqualTo("a_b_c_d_e_f");
    assertThat(ProviderNames.normalize("a$^~b")).isEqualTo("ab");
    assertThat(ProviderNames.normalize("café«x»")).isEqualTo("caf_x");
    assertThat(ProviderNames.normalize("+++")).isEmpty();
  }

  @Test
  void flattenConcatenatesInProviderOrderAndOverwritesProvider() {
    InputResult r =
        InputCombiner.combine(
            null,
            List.of(
                rset("r", List.of(Map.of("a", 1L, "provider", "mine"))),
                rsip("p1", List.of(Map.of("id", "7"), Map.of("id", "8"))),
                rsip("p2", List.of())),
            true);
    assertThat(r.kind()).isEqualTo(InputResult.Kind.INPUT_SETS);
    assertThat(r.sets()).extracting(InputSet::index).containsExactly(0, 1, 2);
    assertThat(r.sets()).extracting(InputSet::id).containsExactly(null, "7", "8");
    assertThat(r.sets().get(0).values())
        .isEqualTo(
            Map.of(
                "a",
                1L,
                "provider",
                Map.of(
                    "apiVersion", "fluxcd.controlplane.io/v1",
                    "kind", "ResourceSet",
                    "name", "r",
                    "namespace", "ns")));
    assertThat(r.sets().get(2).values().get("provider"))
        .isEqualTo(
            Map.of(
                "apiVersion", "fluxcd.controlplane.io/v1",
                "kind", "ResourceSetInputProvider",
                "name", "p1",
                "namespace", "ns"));
  }

  @Test
  void inputMapsAreFreshAndMutable() {
    Map<String, Object> nested = new LinkedHashMap<>(Map.of("x", 1L));
    Map<String, Object> original = new LinkedHashMap<>(Map.of("n", nested, "l", List.of(1L)));
    InputResult r = InputCombiner.combine(null, List.of(rset("r", List.of(original))), false);
    Map<String, Object> values = r.sets().get(0).values();
    assertThat(values).isInstanceOf(LinkedHashMap.class);
    values.put("y", 2L);
    ((Map<String, Object>) values.get("n")).put("z", 3L);
    ((List<Object>) values.get("l")).add(2L);
    assertThat(original).doesNotContainKeys("y", "provider");
    assertThat(nested).doesNotContainKey("z");
  }

  @Test
  void permuteOdometerOrderAndIds() {
    InputResult r =
        InputCombiner.combine(
            PERMUTE,
            List.of(
                rset("rset", sets(2)),
                rsip("rsip", List.of(Map.of("id", "a"))),
                rsip("z-last", sets(3))),
            true);
    assertThat(r.sets()).hasSize(6);
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      for (int k = 0; k < 3; k++) {
        ids.add(InputIds.adler32("rset=" + i + "/rsip=0/z_last=" + k));
      }
    }
    assertThat(r.sets()).extracting(InputSet::id).containsExactlyElementsOf(ids);
    Map<String, Object> first = r.sets().get(1).values();
    assertThat(first).containsOnlyKeys("rset", "rsip", "z_last", "id");
    assertThat(((Map<?, ?>) first.get("rset")).get("i")).isEqualTo(0L);
    assertThat(((Map<?, ?>) first.get("z_last")).get("i")).isEqualTo(1L);
    assertThat(((Map<?, ?>) first.get("rsip")).get("id")).isEqualTo("a");
  }

  @Test
  void permuteVerifiedId() {
    InputResult r =
        InputCombiner.combine(PERMUTE, List.of(rset("rset", sets(1)), rsip("rsip", sets(1))), true);
    assertThat(r.sets().get(0).id()).isEqualTo("563152006");
  }

  @Test
  void permuteSkipsEmptyProvidersIncludingTheResourceSet() {
    InputResult r =
        InputCombiner.combine(
            PERMUTE,
            List.of(rset("r", List.of()), rsip("empty", List.of()), rsip("p", sets(2))),
            true);
    assertThat(r.sets())
        .extracting(InputSet::id)
        .containsExactly(InputIds.adler32("p=0"), InputIds.adler32("p=1"));
    assertThat(r.sets().get(0).values()).containsOnlyKeys("p", "id");
  }

  @Test
  void permuteIncludeEmptyProvidersYieldsNothingWithAnEmptyProvider() {
    InputResult r =
        InputCombiner.combine(
            PERMUTE_EMPTY, List.of(rset("r", sets(2)), rsip("empty", List.of())), true);
    assertThat(r.kind()).isEqualTo(InputResult.Kind.INPUT_SETS);
    assertThat(r.sets()).isEmpty();
    // the documented gotcha: without inline inputs the ResourceSet itself is empty
    assertThat(
            InputCombiner.combine(
                    PERMUTE_EMPTY, List.of(rset("r", List.of()), rsip("p", sets(2))), true)
                .sets())
        .isEmpty();
  }

  @Test
  void zeroInputsSemantics() {
    // no inputs and no inputsFrom: render once with nil inputs
    InputResult none = InputCombiner.combine(null, List.of(rset("r", List.of())), false);
    assertThat(none.rendersOnceWithoutInputs()).isTrue();
    assertThat(none.sets()).isEmpty();
    // Permute skipping everything without inputsFrom: also render once
    assertThat(
            InputCombiner.combine(PERMUTE, List.of(rset("r", List.of())), false)
                .rendersOnceWithoutInputs())
        .isTrue();
    // inputsFrom set but nothing came: render nothing
    InputResult nothing = InputCombiner.combine(null, List.of(rset("r", List.of())), true);
    assertThat(nothing.rendersOnceWithoutInputs()).isFalse();
    assertThat(nothing.sets()).isEmpty();
  }

  @Test
  void permutationLimit() {
    assertThat(InputCombiner.combine(PERMUTE, List.of(rset("rset", sets(10000))), false).sets())
        .hasSize(10000);
    assertThatThrownBy(
            () -> InputCombiner.combine(PERMUTE, List.of(rset("rset", sets(10001))), false))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "failed to get inputs from ResourceSet/rset: adding provider 'rset' with 10001 inputs"
                + " would exceed the maximum allowed permutations. max: 10000, got: 10001");
    assertThatThrownBy(
            () ->
                InputCombiner.combine(
                    PERMUTE,
                    List.of(rset("rset", sets(100)), rsip("a", sets(100)), rsip("b", sets(2))),
                    true))
        .hasMessage(
            "failed to get inputs from ResourceSetInputProvider/b: adding provider 'b' with 2 inputs"
                + " would exceed the maximum allowed permutations. max: 10000, got: 20000");
  }

  @Test
  void emptyNormalisedNameAndUnknownStrategy() {
    assertThatThrownBy(() -> InputCombiner.combine(PERMUTE, List.of(rset("+", sets(1))), false))
        .hasMessage(
            "failed to get inputs from ResourceSet/+: normalized provider name is empty: '+'");
    assertThatThrownBy(
            () ->
                InputCombiner.combine(
                    new InputStrategy("Zip", null), List.of(rset("r", sets(1))), false))
        .hasMessage("unknown input strategy: 'Zip'");
  }

  // --- selection -------------------------------------------------------------------------------

  static ResourceSet readRset(String spec) {
    return ManifestReader.readResourceSet(
        TestYaml.doc(
            "r.yaml",
            "kind: ResourceSet\nmetadata: {name: r, namespace: ns}\nspec:\n  resourcesTemplate: x\n"
                + spec));
  }

  static ResourceSetInputProvider provider(String meta, String spec) {
    return ManifestReader.readInputProvider(
        TestYaml.doc(
            "p.yaml", "kind: ResourceSetInputProvider\nmetadata: " + meta + "\nspec: " + spec));
  }

  @Test
  void selectionByNameAndSelectorSortedAndDeduplicated() {
    ResourceSet r =
        readRset(
            "  inputsFrom:\n  - name: zed\n  - name: missing\n  - selector: {matchLabels: {t: x}}\n"
                + "  - name: zed\n");
    List<ResourceSetInputProvider> candidates =
        List.of(
            provider("{name: zed, namespace: ns, labels: {t: x}}", "{type: Static}"),
            provider("{name: b, labels: {t: x}}", "{type: Static}"),
            provider("{name: a, namespace: other, labels: {t: x}}", "{type: Static}"),
            provider("{name: c, namespace: ns, labels: {t: y}}", "{type: Static}"));
    assertThat(InputCollector.select(r, candidates))
        .extracting(p -> p.metadata().name())
        .containsExactly("b", "zed");
  }

  @Test
  void noInputsFromSelectsNothing() {
    assertThat(
            InputCollector.select(readRset(""), List.of(provider("{name: a}", "{type: Static}"))))
        .isEmpty();
  }

  @Test
  void staticProviderIdsByNameOrUid() {
    ResourceSetInputProvider p =
        provider("{name: foo, uid: bar}", "{type: Static, defaultValues: {id: mine, env: prod}}");
    assertThat(InputCollector.exportedInputs(p, InputCollector.StaticId.NAME))
        .containsExactly(Map.of("id", "42074437", "env", "prod"));
    assertThat(InputCollector.exportedInputs(p, InputCollector.StaticId.UID))
        .containsExactly(Map.of("id", "39649590", "env", "prod"));
  }

  @Test
  void otherProviderTypesExportTheirStatus() {
    ResourceSetInputProvider withStatus =
        provider(
            "{name: t}",
            "{type: GitHubTag, url: 'https://x'}\nstatus: {exportedInputs: [{id: '1', tag: v1}]}");
    assertThat(InputCollector.exportedInputs(withStatus, InputCollector.StaticId.UID))
        .containsExactly(Map.of("id", "1", "tag", "v1"));
    ResourceSetInputProvider noStatus =
        provider("{name: t}", "{type: GitHubTag, url: 'https://x'}");
    assertThat(InputCollector.exportedInputs(noStatus, InputCollector.StaticId.UID)).isEmpty();
    assertThatThrownBy(() -> InputCollector.exportedInputs(noStatus, InputCollector.StaticId.NAME))
        .hasMessage("unsupported provider type 'GitHubTag', only 'Static' is supported");
  }

  @Test
  void operatorInputsUseUids() {
    ResourceSet r = readRset("  inputsFrom:\n  - name: p\n");
    InputResult result =
        InputCollector.inputs(
            r,
            List.of(provider("{name: p, uid: foo}", "{type: Static}")),
            InputCollector.StaticId.UID);
    assertThat(result.sets()).extracting(InputSet::id).containsExactly("42074437");
  }

  @Test
  void offlineErrors() {
    ResourceSet r = readRset("  inputsFrom:\n  - name: p\n");
    assertThatThrownBy(() -> OfflineInputs.compute(r, null, null))
        .hasMessage(
            "ResourceSet has '.spec.inputsFrom', please provide the inputs with --inputs-from or"
                + " --inputs-from-provider");
    assertThatThrownBy(
            () ->
                OfflineInputs.compute(
                    r, null, List.of(provider("{namespace: ns}", "{type: Static}"))))
        .hasMessage(
            "error loading providers from file: ResourceSetInputProvider name must be set in the"
                + " manifest");
    // providers of other namespaces are ignored before any check
    assertThat(
            OfflineInputs.compute(
                    r,
                    null,
                    List.of(provider("{namespace: other}", "{type: GitHubTag, url: 'https://x'}")))
                .rendersOnceWithoutInputs())
        .isTrue();
  }

  // --- label selectors --------------------------------------------------------------------------

  static Predicate<Map<String, String>> selector(
      Map<String, String> labels, LabelSelector.Requirement... reqs) {
    return LabelSelectors.compile(new LabelSelector(labels, List.of(reqs)));
  }

  static LabelSelector.Requirement req(String key, String op, String... values) {
    return new LabelSelector.Requirement(key, op, List.of(values));
  }

  @Test
  void selectorMatching() {
    assertThat(selector(Map.of()).test(Map.of())).isTrue();
    var s = selector(Map.of("a", "1"), req("b", "In", "x", "y"), req("c", "NotIn", "z"));
    assertThat(s.test(Map.of("a", "1", "b", "y"))).isTrue();
    assertThat(s.test(Map.of("a", "1", "b", "y", "c", "z"))).isFalse();
    assertThat(s.test(Map.of("a", "2", "b", "y"))).isFalse();
    assertThat(s.test(Map.of("a", "1"))).isFalse();
    var e = selector(Map.of(), req("a", "Exists"), req("b", "DoesNotExist"));
    assertThat(e.test(Map.of("a", ""))).isTrue();
    assertThat(e.test(Map.of("a", "", "b", ""))).isFalse();
    assertThat(e.test(Map.of())).isFalse();
  }

  @Test
  void selectorErrors() {
    assertThatThrownBy(() -> selector(Map.of(), req("a", "Gt", "1")))
        .hasMessage("\"Gt\" is not a valid label selector operator");
    assertThatThrownBy(() -> selector(Map.of(), req("a", "In")))
        .hasMessage(
            "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't be empty");
    assertThatThrownBy(() -> selector(Map.of(), req("a", "Exists", "x", "y")))
        .hasMessage(
            "values: Invalid value: []string{\"x\", \"y\"}: values set must be empty for exists and does not"
                + " exist");
    String nameRule =
        "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end"
            + " with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex"
            + " used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
    assertThatThrownBy(() -> selector(Map.of("bad key", "v")))
        .hasMessage("key: Invalid value: \"bad key\": " + nameRule);
    assertThatThrownBy(() -> selector(Map.of("Example.com/a", "v")))
        .hasMessage(
            "key: Invalid value: \"Example.com/a\": prefix part a lowercase RFC 1123 subdomain must"
                + " consist of lower case alphanumeric characters, '-' or '.', and must start and"
                + " end with an alphanumeric character (e.g. 'example.com', regex used for"
                + " validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')");
    assertThatThrownBy(() -> selector(Map.of("a", "bad value!")))
        .hasMessage(
            "values[0][a]: Invalid value: \"bad value!\": a valid label must be an empty string or"
                + " consist of alphanumeric characters, '-', '_' or '.', and must start and end with"
                + " an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex"
                + " used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')");
    assertThatThrownBy(() -> selector(Map.of(), req("", "Exists", "x")))
        .hasMessage(
            "[key: Invalid value: \"\": name part must be non-empty; "
                + nameRule
                + ", values: Invalid value: []string{\"x\"}: values set must be empty for exists and does"
                + " not exist]");
    assertThatThrownBy(() -> selector(Map.of("a/b/c", "")))
        .hasMessageStartingWith("key: Invalid value: \"a/b/c\": a qualified name must consist of");
    assertThatThrownBy(() -> selector(Map.of("x".repeat(64), "")))
        .hasMessageStartingWith(
            "key: Invalid value: \""
                + "x".repeat(64)
                + "\": name part must be no more than 63 characters");
  }
}

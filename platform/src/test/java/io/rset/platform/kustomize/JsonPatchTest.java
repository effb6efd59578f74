package io.rset.platform.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.core.yaml.YamlReader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** evanphx/json-patch v4 semantics. */
class JsonPatchTest {
  private static Object json(String s) {
    return new YamlReader().readSingle("j", s).toValue();
  }

  private static Object apply(String doc, String patch) {
    return JsonPatch.apply(Patches.jsonPatch(patch), json(doc));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"a":[1,2,3]} | [{"op":"add","path":"/a/-","value":4}]              | {"a":[1,2,3,4]}
          {"a":[1,2,3]} | [{"op":"add","path":"/a/-1","value":9}]             | {"a":[1,2,3,9]}
          {"a":[1,2,3]} | [{"op":"add","path":"/a/0","value":0}]              | {"a":[0,1,2,3]}
          {"a":[1,2,3]} | [{"op":"remove","path":"/a/-1"}]                    | {"a":[1,2]}
          {"a":[1,2,3]} | [{"op":"replace","path":"/a/-3","value":7}]         | {"a":[7,2,3]}
          {"a":{}}      | [{"op":"replace","path":"/a/new","value":1}]        | {"a":{"new":1}}
          {"a":{}}      | [{"op":"add","path":"/a/x"}]                        | {"a":{"x":null}}
          {"a":{"b":1}} | [{"op":"move","from":"/a/b","path":"/c"}]           | {"a":{},"c":1}
          {"a":{"b":1}} | [{"op":"copy","from":"/a","path":"/c"}]             | {"a":{"b":1},"c":{"b":1}}
          {"a":1}       | [{"op":"test","path":"/a","value":1.0}]             | {"a":1}
          {"a/b":1}     | [{"op":"add","path":"/a~1b","value":2}]             | {"a/b":2}
          {"a":1}       | '- op: add\\n  path: /b\\n  value: yes'              | {"a":1,"b":true}
          """)
  void applies(String doc, String patch, String expected) {
    assertThat(apply(doc, patch.replace("\\n", "\n"))).isEqualTo(json(expected));
  }

  @ParameterizedTest(name = "{1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          {"a":1}       | [{"op":"remove","path":"/b"}]              | Unable to remove nonexistent key: b
          {"a":[1]}     | [{"op":"add","path":"/a/5","value":1}]     | Unable to access invalid index: 5
          {"a":1}       | [{"op":"add","path":"/x/y","value":1}]     | add operation does not apply: doc is missing path
          {"a":1}       | [{"op":"test","path":"/a","value":2}]      | testing value /a failed
          {"a":1}       | [{"op":"frob","path":"/a"}]                | Unexpected kind: frob
          {"a":1}       | [{"op":"add"}]                             | add operation failed to decode path
          {"a":1}       | {"op":"add"}                               | cannot unmarshal object into Go value of type jsonpatch.Patch
          """)
  void errors(String doc, String patch, String message) {
    assertThatThrownBy(() -> apply(doc, patch))
        .isInstanceOf(JsonPatch.PatchException.class)
        .hasMessageContaining(message);
  }
}

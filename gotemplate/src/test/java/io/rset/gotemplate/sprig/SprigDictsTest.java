package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values come from the Go oracle (slim-sprig v3 on Go 1.23). */
class SprigDictsTest {

  private static Object call(String name, Object... args) throws FuncException {
    return SprigDicts.functions(Limits.DEFAULT).stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow()
        .body()
        .call(args);
  }

  private static GoInt i(long v) {
    return GoInt.of(v);
  }

  private static Map<String, Object> labels() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("team", "a");
    m.put("tier", "web");
    m.put("app", "podinfo");
    return m;
  }

  private static Map<String, Object> values() {
    Map<String, Object> image = new LinkedHashMap<>();
    image.put("repository", "ghcr.io/stefanprodan/podinfo");
    image.put("tag", "6.7.1");
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("image", image);
    m.put("replicas", 2L);
    m.put("none", null);
    return m;
  }

  @Test
  void registersAllNames() {
    assertThat(SprigDicts.functions(Limits.DEFAULT).stream().map(GoFunction::name))
        .containsExactlyInAnyOrder(
            "dict", "get", "set", "unset", "hasKey", "pluck", "keys", "pick", "omit", "values",
            "dig");
  }

  @Test
  void dictMakesAMutableMap() throws FuncException {
    assertThat(call("dict", "b", i(2), "a", i(1))).isEqualTo(Map.of("a", i(1), "b", i(2)));
    assertThat(call("dict")).isEqualTo(Map.of());
    assertThat(call("dict", "a", i(1), "b")).isEqualTo(Map.of("a", i(1), "b", ""));
    assertThat(call("dict", i(1), "one", true, "t")).isEqualTo(Map.of("1", "one", "true", "t"));
    assertThat(call("dict", null, i(1))).isEqualTo(Map.of("<nil>", i(1)));
    assertThat(call("dict", "a", i(1), "a", i(2))).isEqualTo(Map.of("a", i(2)));
    @SuppressWarnings("unchecked")
    Map<String, Object> d = (Map<String, Object>) call("dict", "a", i(1));
    d.put("b", i(2)); // set relies on it
    assertThat(d).hasSize(2);
  }

  @Test
  void getAndHasKey() throws FuncException {
    assertThat(call("get", labels(), "team")).isEqualTo("a");
    assertThat(call("get", labels(), "nope")).isEqualTo("");
    assertThat(call("get", values(), "none")).isNull();
    assertThat(call("get", null, "a")).isEqualTo("");
    assertThat(call("hasKey", labels(), "team")).isEqualTo(true);
    assertThat(call("hasKey", labels(), "nope")).isEqualTo(false);
    assertThat(call("hasKey", values(), "none")).isEqualTo(true);
    assertThat(call("hasKey", null, "a")).isEqualTo(false);
  }

  @Test
  void setAndUnsetMutateTheMap() throws FuncException {
    Map<String, Object> m = labels();
    assertThat(call("set", m, "env", "prod")).isSameAs(m);
    assertThat(m).containsEntry("env", "prod");
    assertThat(call("unset", m, "team")).isSameAs(m);
    assertThat(m).doesNotContainKey("team");
    assertThat(call("unset", m, "zz")).isSameAs(m);
    assertThatThrownBy(() -> call("set", null, "a", i(1)))
        .hasMessage("assignment to entry in nil map");
    assertThat(call("unset", null, "a")).isNull();
    // A read-only map cannot change in place: the change lands in a copy.
    assertThat(call("set", Map.of("a", i(1)), "b", i(2))).isEqualTo(Map.of("a", i(1), "b", i(2)));
    assertThat(call("unset", Map.of("a", i(1)), "a")).isEqualTo(Map.of());
  }

  @Test
  void keysValuesPluckPickOmit() throws FuncException {
    assertThat(call("keys", labels())).isEqualTo(GoSlice.ofStrings(List.of("app", "team", "tier")));
    assertThat(call("keys", Map.of("a", i(1)), null, Map.of("b", i(2))))
        .isEqualTo(GoSlice.ofStrings(List.of("a", "b")));
    assertThat(call("keys")).isEqualTo(GoSlice.ofStrings(List.of()));
    assertThat(call("values", labels())).isEqualTo(List.of("podinfo", "a", "web"));
    assertThat(call("values", (Object) null)).isEqualTo(List.of());
    Map<String, Object> other = new HashMap<>();
    other.put("other", 1L);
    assertThat(call("pluck", "name", Map.of("name", "a"), other, null, Map.of("name", "b")))
        .isEqualTo(List.of("a", "b"));
    assertThat(call("pluck", "a")).isEqualTo(List.of());
    assertThat(call("pick", labels(), "team", "app", "nope"))
        .isEqualTo(Map.of("app", "podinfo", "team", "a"));
    assertThat(call("pick", labels())).isEqualTo(Map.of());
    assertThat(call("pick", null, "a")).isEqualTo(Map.of());
    assertThat(call("omit", labels(), "team")).isEqualTo(Map.of("app", "podinfo", "tier", "web"));
    assertThat(call("omit", labels(), "team", "tier", "app")).isEqualTo(Map.of());
    assertThat(call("omit", (Object) null)).isEqualTo(Map.of());
  }

  @Test
  void dig() throws FuncException {
    assertThat(call("dig", "image", "tag", "latest", values())).isEqualTo("6.7.1");
    assertThat(call("dig", "image", "digest", "none", values())).isEqualTo("none");
    assertThat(call("dig", "replicas", i(0), values())).isEqualTo(2L);
    assertThat(call("dig", "a", i(1), new TypedNil(GoType.MAP_STRING_INTERFACE))).isEqualTo(i(1));
    assertThat(call("dig", "none", "d", values())).isNull();
    assertThatThrownBy(() -> call("dig", "replicas", "x", "d", values()))
        .hasMessage("interface conversion: interface {} is int64, not map[string]interface {}");
    assertThatThrownBy(() -> call("dig", "none", "x", "y", "d", values()))
        .hasMessage("interface conversion: interface {} is nil, not map[string]interface {}");
    assertThatThrownBy(() -> call("dig", values()))
        .hasMessage("dig needs at least three arguments");
    assertThatThrownBy(() -> call("dig", "a", "def", null))
        .hasMessage("interface conversion: interface {} is nil, not map[string]interface {}");
    assertThatThrownBy(() -> call("dig", i(1), "b", "d", values()))
        .hasMessage("interface conversion: interface {} is int, not string");
    assertThatThrownBy(() -> call("dig", "a", "d", new TypedNil(GoType.MAP_STRING_STRING)))
        .hasMessage(
            "interface conversion: interface {} is map[string]string, not map[string]interface {}");
  }
}

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
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Expected values come from the Go oracle (slim-sprig v3 on Go 1.23). */
class SprigListsTest {
  private static final String NIL =
      "runtime error: invalid memory address or nil pointer dereference";

  private static final List<Object> TAGS = List.of("b", "a", "c");
  private static final List<Object> MIXED = Arrays.asList(1L, "1", 1.0, true, null, "");

  private static Object call(String name, Object... args) throws FuncException {
    return fn(name).body().call(args);
  }

  private static GoFunction fn(String name) {
    return SprigLists.functions(Limits.DEFAULT).stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static GoInt i(long v) {
    return GoInt.of(v);
  }

  private static List<Object> list(Object... items) {
    return Arrays.asList(items);
  }

  @Test
  void registersAllNames() {
    assertThat(SprigLists.functions(Limits.DEFAULT).stream().map(GoFunction::name))
        .containsExactlyInAnyOrder(
            "list",
            "tuple",
            "append",
            "mustAppend",
            "push",
            "mustPush",
            "prepend",
            "mustPrepend",
            "first",
            "mustFirst",
            "last",
            "mustLast",
            "rest",
            "mustRest",
            "initial",
            "mustInitial",
            "reverse",
            "mustReverse",
            "uniq",
            "mustUniq",
            "without",
            "mustWithout",
            "has",
            "mustHas",
            "compact",
            "mustCompact",
            "slice",
            "mustSlice",
            "chunk",
            "mustChunk",
            "concat",
            "sortAlpha");
    assertThat(fn("chunk").params()).containsExactly(GoType.INT, GoType.INTERFACE);
    assertThat(fn("chunk").result().name()).isEqualTo("[][]interface {}");
    assertThat(fn("mustFirst").returnsError()).isTrue();
    assertThat(fn("without").variadic()).isTrue();
  }

  @Test
  void listBuildsAFreshList() throws FuncException {
    assertThat(call("list", i(1), "a", 2.5)).isEqualTo(list(i(1), "a", 2.5));
    assertThat(call("list")).isEqualTo(List.of());
    assertThat(call("list", null, i(1))).isEqualTo(list(null, i(1)));
  }

  @Test
  void firstLastRestInitial() throws FuncException {
    assertThat(call("first", TAGS)).isEqualTo("b");
    assertThat(call("last", TAGS)).isEqualTo("c");
    assertThat(call("first", List.of())).isNull();
    assertThat(call("last", List.of())).isNull();
    assertThat(call("rest", TAGS)).isEqualTo(List.of("a", "c"));
    assertThat(call("initial", TAGS)).isEqualTo(List.of("b", "a"));
    assertThat(call("rest", List.of(i(1)))).isEqualTo(List.of());
    assertThat(call("rest", List.of())).isNull(); // a nil []interface {}
    assertThat(call("initial", List.of())).isNull();
    assertThat(call("first", GoSlice.ofStrings(List.of("eu", "west")))).isEqualTo("eu");
    assertThatThrownBy(() -> call("first", "str")).hasMessage("Cannot find first on type string");
    assertThatThrownBy(() -> call("mustFirst", "str"))
        .hasMessage("Cannot find first on type string");
    assertThatThrownBy(() -> call("first", new LinkedHashMap<>(Map.of("a", i(1)))))
        .hasMessage("Cannot find first on type map");
    assertThatThrownBy(() -> call("last", i(5))).hasMessage("Cannot find last on type int");
    assertThatThrownBy(() -> call("first", (Object) null)).hasMessage(NIL);
    assertThatThrownBy(() -> call("mustFirst", (Object) null)).hasMessage(NIL);
    assertThatThrownBy(() -> call("mustRest", true)).hasMessage("Cannot find rest on type bool");
    assertThatThrownBy(() -> call("initial", 1.5))
        .hasMessage("Cannot find initial on type float64");
  }

  @Test
  void appendAndPrependCopy() throws FuncException {
    assertThat(call("append", TAGS, "d")).isEqualTo(List.of("b", "a", "c", "d"));
    assertThat(TAGS).containsExactly("b", "a", "c");
    assertThat(call("push", List.of(i(1)), i(2))).isEqualTo(List.of(i(1), i(2)));
    assertThat(call("append", List.of(i(1)), List.of(i(2), i(3))))
        .isEqualTo(List.of(i(1), List.of(i(2), i(3))));
    assertThat(call("prepend", TAGS, "z")).isEqualTo(List.of("z", "b", "a", "c"));
    assertThat(call("append", new TypedNil(GoType.SLICE_STRING), "x")).isEqualTo(List.of("x"));
    assertThatThrownBy(() -> call("append", "str", "x")).hasMessage("Cannot push on type string");
    assertThatThrownBy(() -> call("mustAppend", "str", "x"))
        .hasMessage("Cannot push on type string");
    assertThatThrownBy(() -> call("mustPush", 1L, "x")).hasMessage("Cannot push on type int64");
    assertThatThrownBy(() -> call("append", null, "x")).hasMessage(NIL);
    assertThatThrownBy(() -> call("mustPrepend", "s", "x"))
        .hasMessage("Cannot prepend on type string");
  }

  @Test
  void concat() throws FuncException {
    assertThat(call("concat", TAGS, List.of(i(1), i(2)), List.of()))
        .isEqualTo(List.of("b", "a", "c", i(1), i(2)));
    assertThat(call("concat")).isEqualTo(new TypedNil(GoType.SLICE_INTERFACE));
    assertThat(call("concat", List.of())).isEqualTo(new TypedNil(GoType.SLICE_INTERFACE));
    assertThatThrownBy(() -> call("concat", TAGS, "x"))
        .hasMessage("Cannot concat type string as list");
    assertThatThrownBy(() -> call("concat", TAGS, null)).hasMessage(NIL);
  }

  @Test
  void uniqWithoutHasUseDeepEqual() throws FuncException {
    assertThat(call("uniq", List.of("x", "y", "x", "z", "y"))).isEqualTo(List.of("x", "y", "z"));
    assertThat(call("uniq", MIXED)).isEqualTo(MIXED);
    assertThat(
            call(
                "uniq",
                list(List.of(), List.of(), new LinkedHashMap<>(), new LinkedHashMap<>(), 1.0, 1.0)))
        .isEqualTo(list(List.of(), new LinkedHashMap<>(), 1.0));
    assertThatThrownBy(() -> call("mustUniq", "s")).hasMessage("Cannot find uniq on type string");
    assertThat(call("has", "a", TAGS)).isEqualTo(true);
    assertThat(call("has", "q", TAGS)).isEqualTo(false);
    assertThat(call("has", i(1), List.of(1L))).isEqualTo(false);
    assertThat(call("has", i(3), List.of(3L, 1L, 2L))).isEqualTo(false);
    assertThat(call("has", null, list((Object) null))).isEqualTo(true);
    assertThat(call("has", List.of(i(1)), List.of(List.of(i(1))))).isEqualTo(true);
    assertThat(call("has", "a", null)).isEqualTo(false);
    assertThat(call("has", "a", new TypedNil(GoType.SLICE_INTERFACE))).isEqualTo(false);
    assertThatThrownBy(() -> call("has", "t", "s")).hasMessage("Cannot find has on type string");
    assertThatThrownBy(() -> call("mustHas", i(1), i(5))).hasMessage("Cannot find has on type int");
    assertThat(call("without", List.of("x", "y", "x", "z", "y"), "x"))
        .isEqualTo(List.of("y", "z", "y"));
    assertThat(call("without", TAGS, "a", "c")).isEqualTo(List.of("b"));
    assertThat(call("without", List.of(i(1), i(2), 1L), i(1))).isEqualTo(List.of(i(2), 1L));
    assertThatThrownBy(() -> call("without", null, "a")).hasMessage(NIL);
  }

  @Test
  void compactDropsEmptyValues() throws FuncException {
    assertThat(call("compact", MIXED)).isEqualTo(List.of(1L, "1", 1.0, true));
    assertThat(call("compact", list("", i(0), null, false))).isEqualTo(List.of());
    assertThatThrownBy(() -> call("mustCompact", "s")).hasMessage("Cannot compact on type string");
  }

  @Test
  void reverse() throws FuncException {
    assertThat(call("reverse", TAGS)).isEqualTo(List.of("c", "a", "b"));
    assertThat(call("reverse", List.of())).isEqualTo(List.of());
    assertThatThrownBy(() -> call("reverse", (Object) null)).hasMessage(NIL);
    assertThatThrownBy(() -> call("mustReverse", "s"))
        .hasMessage("Cannot find reverse on type string");
  }

  @Test
  void sliceKeepsTheListType() throws FuncException {
    List<Object> regions = List.of("eu-west-1", "us-east-1", "ap-south-1");
    assertThat(call("slice", regions, i(1), i(2))).isEqualTo(List.of("us-east-1"));
    assertThat(call("slice", regions, i(2))).isEqualTo(List.of("ap-south-1"));
    assertThat(call("slice", regions, i(3))).isEqualTo(List.of());
    assertThat(call("slice", regions)).isEqualTo(regions);
    assertThat(call("slice", List.of(i(1), i(2), i(3)), "1")).isEqualTo(List.of(i(2), i(3)));
    assertThat(call("slice", List.of(), i(5))).isNull();
    assertThat(call("slice", GoSlice.ofStrings(List.of("a", "b")), i(1)))
        .isEqualTo(GoSlice.ofStrings(List.of("b")));
    String bounds = "reflect.Value.Slice: slice index out of bounds";
    assertThatThrownBy(() -> call("slice", List.of(i(1), i(2), i(3)), i(2), i(1)))
        .hasMessage(bounds);
    assertThatThrownBy(() -> call("slice", List.of(i(1), i(2), i(3)), i(-1))).hasMessage(bounds);
    assertThatThrownBy(() -> call("slice", List.of(i(1), i(2), i(3)), i(1), i(5)))
        .hasMessage(bounds);
    assertThatThrownBy(() -> call("slice", (Object) null)).hasMessage(NIL);
    assertThatThrownBy(() -> call("mustSlice", "str", i(1)))
        .hasMessage("list should be type of slice or array but string");
  }

  @Test
  void chunkFollowsSprigArithmetic() throws FuncException {
    GoType chunks = GoType.sliceOf(GoType.SLICE_INTERFACE);
    List<Object> regions = List.of("eu-west-1", "us-east-1", "ap-south-1");
    assertThat(call("chunk", i(2), regions))
        .isEqualTo(
            new GoSlice(chunks, List.of(List.of("eu-west-1", "us-east-1"), List.of("ap-south-1"))));
    assertThat(call("chunk", i(3), regions)).isEqualTo(new GoSlice(chunks, List.of(regions)));
    assertThat(call("chunk", i(-2), List.of(i(1))))
        .isEqualTo(new GoSlice(chunks, List.of(List.of(i(1)))));
    assertThat(call("chunk", i(2), List.of())).isEqualTo(new GoSlice(chunks, List.of()));
    assertThat(call("chunk", i(-5), List.of(i(1), i(2), i(3))))
        .isEqualTo(new GoSlice(chunks, List.of()));
    String makeslice = "runtime error: makeslice: len out of range";
    assertThatThrownBy(() -> call("chunk", i(0), regions)).hasMessage(makeslice);
    assertThatThrownBy(() -> call("chunk", i(0), List.of())).hasMessage(makeslice);
    assertThatThrownBy(() -> call("chunk", i(-1), List.of())).hasMessage(makeslice);
    assertThatThrownBy(() -> call("mustChunk", i(2), "s")).hasMessage("Cannot chunk type string");
    assertThatThrownBy(() -> call("chunk", i(1), i(5))).hasMessage("Cannot chunk type int");
  }

  @Test
  void growingListsRespectTheListLimit() {
    Limits small = new Limits(1000, 1 << 20, 3);
    GoFunction append =
        SprigLists.functions(small).stream()
            .filter(f -> f.name().equals("append"))
            .findFirst()
            .get();
    GoFunction concat =
        SprigLists.functions(small).stream()
            .filter(f -> f.name().equals("concat"))
            .findFirst()
            .get();
    assertThatThrownBy(() -> append.body().call(new Object[] {List.of(i(1), i(2), i(3)), i(4)}))
        .isInstanceOf(FuncException.class)
        .hasMessage("list size 4 exceeds the limit 3");
    assertThatThrownBy(
            () -> concat.body().call(new Object[] {List.of(i(1), i(2)), List.of(i(3), i(4))}))
        .hasMessage("list size 4 exceeds the limit 3");
  }

  @Test
  void sortAlphaSortsStringForms() throws FuncException {
    assertThat(call("sortAlpha", List.of("eu-west-1", "us-east-1", "ap-south-1")))
        .isEqualTo(GoSlice.ofStrings(List.of("ap-south-1", "eu-west-1", "us-east-1")));
    assertThat(call("sortAlpha", TAGS)).isEqualTo(GoSlice.ofStrings(List.of("a", "b", "c")));
    assertThat(TAGS).containsExactly("b", "a", "c");
    assertThat(call("sortAlpha", GoSlice.ofStrings(List.of("b", "a"))))
        .isEqualTo(GoSlice.ofStrings(List.of("a", "b")));
    assertThat(call("sortAlpha", list(i(3), null, "b", true)))
        .isEqualTo(GoSlice.ofStrings(List.of("3", "b", "true")));
    assertThat(call("sortAlpha", (Object) null)).isEqualTo(GoSlice.ofStrings(List.of("<nil>")));
    assertThat(call("sortAlpha", i(5))).isEqualTo(GoSlice.ofStrings(List.of("5")));
    assertThat(call("sortAlpha", List.of("\uffff", "\ud83d\ude00", "z")))
        .isEqualTo(GoSlice.ofStrings(List.of("z", "\uffff", "\ud83d\ude00")));
  }
}

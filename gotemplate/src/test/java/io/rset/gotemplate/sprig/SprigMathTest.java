package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.func.FuncException;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoSlice;
import io.rset.gotemplate.value.GoType;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Expected values come from the Go oracle (slim-sprig v3 on Go 1.23). */
class SprigMathTest {
  private static final Limits SMALL = new Limits(1000, 1 << 20, 10);

  private static Object call(String name, Object... args) throws FuncException {
    return fn(name, Limits.DEFAULT).body().call(args);
  }

  private static GoFunction fn(String name, Limits limits) {
    return SprigMath.functions(limits).stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private static GoInt i(long v) {
    return GoInt.of(v);
  }

  private static GoSlice ints(long... vs) {
    List<Object> l = new ArrayList<>();
    for (long v : vs) {
      l.add(GoInt.of(v));
    }
    return new GoSlice(GoType.SLICE_INT, l);
  }

  @Test
  void registersAllNamesWithGoSignatures() {
    assertThat(SprigMath.functions(Limits.DEFAULT).stream().map(GoFunction::name))
        .containsExactlyInAnyOrder(
            "add1",
            "add",
            "sub",
            "mul",
            "div",
            "mod",
            "max",
            "biggest",
            "min",
            "maxf",
            "minf",
            "ceil",
            "floor",
            "round",
            "int",
            "int64",
            "float64",
            "atoi",
            "toDecimal",
            "seq",
            "until",
            "untilStep",
            "randInt");
    GoFunction until = fn("until", Limits.DEFAULT);
    assertThat(until.params()).containsExactly(GoType.INT);
    assertThat(until.result()).isEqualTo(GoType.SLICE_INT);
    GoFunction mul = fn("mul", Limits.DEFAULT);
    assertThat(mul.variadic()).isTrue();
    assertThat(mul.fixedParams()).isEqualTo(1);
    assertThat(fn("round", Limits.DEFAULT).params())
        .containsExactly(GoType.INTERFACE, GoType.INT, GoType.sliceOf(GoType.FLOAT64));
    assertThat(fn("atoi", Limits.DEFAULT).params()).containsExactly(GoType.STRING);
  }

  @Test
  void addConvertsEachOperand() throws FuncException {
    assertThat(call("add", i(1), i(2), i(3))).isEqualTo(6L);
    assertThat(call("add")).isEqualTo(0L);
    assertThat(call("add", 1.9, 1.9)).isEqualTo(2L);
    assertThat(call("add", 7L, 2.5)).isEqualTo(9L);
    assertThat(call("add", "2", "3")).isEqualTo(5L);
    assertThat(call("add", "x", i(1))).isEqualTo(1L);
    assertThat(call("add", "0x10", i(1))).isEqualTo(1L);
    assertThat(call("add", "3.7", i(1))).isEqualTo(1L);
    assertThat(call("add", true, true)).isEqualTo(2L);
    assertThat(call("add", null, i(1))).isEqualTo(1L);
    assertThat(call("add", i(Long.MAX_VALUE), i(1))).isEqualTo(Long.MIN_VALUE);
    assertThat(call("add1", "x")).isEqualTo(1L);
    assertThat(call("add1", 2.5)).isEqualTo(3L);
    assertThat(call("sub", "5", 2.9)).isEqualTo(3L);
    assertThat(call("mul", 2.9, 2.9)).isEqualTo(4L);
    assertThat(call("mul", i(5))).isEqualTo(5L);
  }

  @Test
  void divisionTruncatesAndPanicsOnZero() throws FuncException {
    assertThat(call("div", i(-7), i(2))).isEqualTo(-3L);
    assertThat(call("mod", i(-7), i(3))).isEqualTo(-1L);
    assertThatThrownBy(() -> call("div", i(1), "x"))
        .hasMessage("runtime error: integer divide by zero");
    assertThatThrownBy(() -> call("mod", i(1), i(0)))
        .hasMessage("runtime error: integer divide by zero");
    assertThat(call("div", i(Long.MIN_VALUE), i(-1))).isEqualTo(Long.MIN_VALUE);
  }

  @Test
  void extremes() throws FuncException {
    assertThat(call("max", i(1), i(9), i(3))).isEqualTo(9L);
    assertThat(call("biggest", i(1), i(2))).isEqualTo(2L);
    assertThat(call("max", 1.9, 1.2)).isEqualTo(1L);
    assertThat(call("min", i(5), i(-2), i(3))).isEqualTo(-2L);
    assertThat(call("maxf", 1.5, 2.25, 0.5)).isEqualTo(2.25);
    assertThat(call("minf", "2.5", "x")).isEqualTo(0.0);
    assertThat((Double) call("maxf", "nan", i(1))).isNaN();
  }

  @Test
  void floorCeilRound() throws FuncException {
    assertThat(call("floor", -2.7)).isEqualTo(-3.0);
    assertThat(call("ceil", -2.1)).isEqualTo(-2.0);
    assertThat(call("floor", "1.5")).isEqualTo(1.0);
    assertThat(call("ceil", "x")).isEqualTo(0.0);
    assertThat(call("round", 3.14159, i(2))).isEqualTo(3.14);
    assertThat(call("round", 2.5, i(0))).isEqualTo(3.0);
    assertThat(call("round", 2.4, i(0), 0.3)).isEqualTo(3.0);
    assertThat(call("round", -2.5, i(0))).isEqualTo(-3.0);
    assertThat(call("round", -0.5, i(0))).isEqualTo(-1.0);
    assertThat(call("round", 1234567.891, i(1))).isEqualTo(1234567.9);
    assertThat(call("round", 1.005, i(2))).isEqualTo(1.0);
    assertThat(call("round", 2.675, i(2))).isEqualTo(2.68);
    assertThat(call("round", 123.456, i(-2))).isEqualTo(100.0);
    assertThat(call("round", 2.5, i(-1))).isEqualTo(0.0);
    assertThat(call("round", 123456789.123456789, i(-5))).isEqualTo(1.2349999999999999e+08);
    assertThat(call("round", 0.1, i(25))).isEqualTo(0.1);
    assertThat(call("round", 1.23456789, i(23))).isEqualTo(1.23456789);
    assertThat(call("round", 1e300, i(30))).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat((Double) call("round", 1.0, i(400))).isNaN();
    assertThat((Double) call("round", i(5), i(-400))).isNaN();
  }

  @Test
  void conversions() throws FuncException {
    assertThat(call("int", 2.5)).isEqualTo(i(2));
    assertThat(call("int", "12")).isEqualTo(i(12));
    assertThat(call("int", "3.7")).isEqualTo(i(0));
    assertThat(call("int", (Object) null)).isEqualTo(i(0));
    assertThat(call("int", true)).isEqualTo(i(1));
    assertThat(call("int64", "+5")).isEqualTo(5L);
    assertThat(call("int64", " 5")).isEqualTo(0L);
    assertThat(call("int64", "08")).isEqualTo(8L);
    assertThat(call("int64", "1_000")).isEqualTo(0L);
    assertThat(call("int64", "99999999999999999999")).isEqualTo(0L);
    assertThat(call("int64", -2.9)).isEqualTo(-2L);
    assertThat(call("int64", 1e300)).isEqualTo(Long.MIN_VALUE);
    assertThat(call("int64", -1e300)).isEqualTo(Long.MIN_VALUE);
    assertThat(call("int64", Double.NaN)).isEqualTo(Long.MIN_VALUE);
    assertThat(call("float64", "12")).isEqualTo(12.0);
    assertThat(call("float64", 7L)).isEqualTo(7.0);
    assertThat(call("float64", false)).isEqualTo(0.0);
    assertThat(call("atoi", "42")).isEqualTo(i(42));
    assertThat(call("atoi", "4x")).isEqualTo(i(0));
    assertThat(call("atoi", "+7")).isEqualTo(i(7));
    assertThat(call("atoi", "1_0")).isEqualTo(i(0));
    assertThat(call("atoi", " 1")).isEqualTo(i(0));
    assertThat(call("atoi", "99999999999999999999")).isEqualTo(i(Long.MAX_VALUE));
    assertThat(call("atoi", "-99999999999999999999")).isEqualTo(i(Long.MIN_VALUE));
  }

  @Test
  void toDecimalParsesTheOctalForm() throws FuncException {
    assertThat(call("toDecimal", "0755")).isEqualTo(493L);
    assertThat(call("toDecimal", i(777))).isEqualTo(511L);
    assertThat(call("toDecimal", "9")).isEqualTo(0L);
    assertThat(call("toDecimal", 10.0)).isEqualTo(8L);
    assertThat(call("toDecimal", 100000.0)).isEqualTo(32768L);
    assertThat(call("toDecimal", 777777.0)).isEqualTo(262143L);
    assertThat(call("toDecimal", 1e6)).isEqualTo(0L);
    assertThat(call("toDecimal", -0.0)).isEqualTo(0L);
    assertThat(call("toDecimal", "-17")).isEqualTo(-15L);
    assertThat(call("toDecimal", "+17")).isEqualTo(15L);
    assertThat(call("toDecimal", "0o17")).isEqualTo(0L);
    assertThat(call("toDecimal", "77777777777777777777777")).isEqualTo(0L);
    assertThat(call("toDecimal", true)).isEqualTo(0L);
  }

  @Test
  void sequences() throws FuncException {
    assertThat(call("seq", i(5))).isEqualTo("1 2 3 4 5");
    assertThat(call("seq", i(2), i(5))).isEqualTo("2 3 4 5");
    assertThat(call("seq", i(1), i(2), i(10))).isEqualTo("1 3 5 7 9");
    assertThat(call("seq", i(5), i(2))).isEqualTo("5 4 3 2");
    assertThat(call("seq", i(0))).isEqualTo("1 0");
    assertThat(call("seq", i(-3))).isEqualTo("1 0 -1 -2 -3");
    assertThat(call("seq", i(3), i(-1))).isEqualTo("3 2 1 0 -1");
    assertThat(call("seq", i(10), i(-3), i(1))).isEqualTo("10 7 4 1");
    assertThat(call("seq", i(5), i(-1), i(1))).isEqualTo("5 4 3 2 1");
    assertThat(call("seq", i(5), i(1), i(1))).isEqualTo("");
    assertThat(call("seq", i(1), i(0), i(5))).isEqualTo("");
    assertThat(call("seq", i(1), i(2), i(3), i(4))).isEqualTo("");
    assertThat(call("seq")).isEqualTo("");
    assertThat(call("until", i(3))).isEqualTo(ints(0, 1, 2));
    assertThat(call("until", i(-3))).isEqualTo(ints(0, -1, -2));
    assertThat(call("until", i(0))).isEqualTo(ints());
    assertThat(call("untilStep", i(0), i(10), i(3))).isEqualTo(ints(0, 3, 6, 9));
    assertThat(call("untilStep", i(10), i(0), i(-4))).isEqualTo(ints(10, 6, 2));
    assertThat(call("untilStep", i(0), i(10), i(-1))).isEqualTo(ints());
    assertThat(call("untilStep", i(0), i(5), i(0))).isEqualTo(ints());
  }

  @Test
  void sequencesRespectTheListLimit() throws FuncException {
    assertThat(fn("until", SMALL).body().call(new Object[] {i(10)}))
        .isEqualTo(ints(0, 1, 2, 3, 4, 5, 6, 7, 8, 9));
    assertThatThrownBy(() -> fn("until", SMALL).body().call(new Object[] {i(11)}))
        .isInstanceOf(FuncException.class)
        .hasMessage("list size 11 exceeds the limit 10");
    assertThatThrownBy(
            () -> fn("untilStep", SMALL).body().call(new Object[] {i(0), i(Long.MAX_VALUE), i(1)}))
        .hasMessage("list size 9223372036854775807 exceeds the limit 10");
    assertThatThrownBy(() -> fn("seq", SMALL).body().call(new Object[] {i(-100)}))
        .hasMessage("list size 102 exceeds the limit 10");
    // Go wraps around past MaxInt64 and never stops (the oracle hangs); refused here.
    assertThatThrownBy(
            () ->
                fn("untilStep", SMALL)
                    .body()
                    .call(new Object[] {i(Long.MAX_VALUE - 1), i(Long.MAX_VALUE), i(5)}))
        .hasMessage("list size exceeds the limit 10");
    // The joined string is bounded too.
    assertThatThrownBy(() -> fn("seq", SMALL).body().call(new Object[] {i(1), i(10)}))
        .hasMessage("string length 11 exceeds the limit 10");
  }

  @Test
  void randIntStaysInRange() throws FuncException {
    for (int n = 0; n < 50; n++) {
      assertThat(((GoInt) call("randInt", i(3), i(5))).value()).isBetween(3L, 4L);
    }
    assertThat(call("randInt", i(3), i(4))).isEqualTo(i(3));
    assertThatThrownBy(() -> call("randInt", i(5), i(5))).hasMessage("invalid argument to Intn");
    assertThatThrownBy(() -> call("randInt", i(5), i(3))).hasMessage("invalid argument to Intn");
  }
}

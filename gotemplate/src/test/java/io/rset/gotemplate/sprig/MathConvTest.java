package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoType;
import org.junit.jupiter.api.Test;

/** Go's strconv.ParseFloat as slim-sprig's float64 sees it; expectations from the Go oracle. */
class MathConvTest {

  @Test
  void parseFloatFollowsGoSyntax() {
    assertThat(MathConv.toFloat64("0x1p4")).isEqualTo(16.0);
    assertThat(MathConv.toFloat64("0X1P4")).isEqualTo(16.0);
    assertThat(MathConv.toFloat64("0x1.8p1")).isEqualTo(3.0);
    assertThat(MathConv.toFloat64("0x1.Fp-2")).isEqualTo(0.484375);
    assertThat(MathConv.toFloat64("0x_1p4")).isEqualTo(16.0);
    assertThat(MathConv.toFloat64("0x1")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("0x1p")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("1_000")).isEqualTo(1000.0);
    assertThat(MathConv.toFloat64("1_000.5")).isEqualTo(1000.5);
    assertThat(MathConv.toFloat64("1__0")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("_1")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("1e1_0")).isEqualTo(1e10);
    assertThat(MathConv.toFloat64("1e400")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("1e-400")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("1.5e+3")).isEqualTo(1500.0);
    assertThat(MathConv.toFloat64(".5")).isEqualTo(0.5);
    assertThat(MathConv.toFloat64("5.")).isEqualTo(5.0);
    assertThat(MathConv.toFloat64("1e")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("1.2.3")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("  1")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("1d")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("-0")).isEqualTo(-0.0);
    assertThat(1 / MathConv.toFloat64("-0")).isNegative();
  }

  @Test
  void parseFloatSpecials() {
    assertThat(MathConv.toFloat64("inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(MathConv.toFloat64("Inf")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(MathConv.toFloat64("infinity")).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(MathConv.toFloat64("-Infinity")).isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(MathConv.toFloat64("infinit")).isEqualTo(0.0);
    assertThat(MathConv.toFloat64("NaN")).isNaN();
    assertThat(MathConv.toFloat64("+nan")).isEqualTo(0.0);
  }

  @Test
  void unsignedIntegers() {
    GoInt big = GoInt.of(GoType.UINT64, -1L); // 18446744073709551615
    assertThat(MathConv.toInt64(big)).isEqualTo(Long.MAX_VALUE);
    assertThat(MathConv.toFloat64(big)).isEqualTo(1.8446744073709552e19);
    assertThat(MathConv.toInt64(GoInt.of(GoType.UINT8, 200))).isEqualTo(200L);
  }
}

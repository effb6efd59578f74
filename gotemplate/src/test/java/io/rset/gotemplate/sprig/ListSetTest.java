package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.gotemplate.value.GoInt;
import io.rset.gotemplate.value.GoType;
import io.rset.gotemplate.value.TypedNil;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListSetTest {

  @Test
  void scalarsMatchByTypeAndValue() {
    ListSet s = new ListSet();
    s.add(1L);
    s.add("1");
    s.add(GoInt.of(2));
    s.add(-0.0);
    s.add(null);
    assertThat(s.contains(1L)).isTrue();
    assertThat(s.contains(GoInt.of(1))).isFalse();
    assertThat(s.contains(1.0)).isFalse();
    assertThat(s.contains("1")).isTrue();
    assertThat(s.contains(GoInt.of(2))).isTrue();
    assertThat(s.contains(GoInt.of(GoType.INT32, 2))).isFalse();
    assertThat(s.contains(2L)).isFalse();
    assertThat(s.contains(0.0)).isTrue(); // 0 == -0
    assertThat(s.contains(null)).isTrue();
    assertThat(s.contains(false)).isFalse();
  }

  @Test
  void nanNeverMatches() {
    ListSet s = new ListSet();
    s.add(Double.NaN);
    assertThat(s.contains(Double.NaN)).isFalse();
  }

  @Test
  void compositesUseDeepEqual() {
    ListSet s = new ListSet();
    s.add(List.of(1L));
    s.add(Map.of("a", 1L));
    assertThat(s.contains(List.of(1L))).isTrue();
    assertThat(s.contains(List.of(GoInt.of(1)))).isFalse();
    assertThat(s.contains(Map.of("a", 1L))).isTrue();
    assertThat(s.contains(new TypedNil(GoType.SLICE_INTERFACE))).isFalse();
    assertThat(s.contains(List.of())).isFalse();
  }
}

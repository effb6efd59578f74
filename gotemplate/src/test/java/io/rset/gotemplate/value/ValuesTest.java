package io.rset.gotemplate.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ValuesTest {

  @Test
  void truthFollowsGo() {
    assertThat(Values.isTrue(null)).isFalse();
    assertThat(Values.isTrue("")).isFalse();
    assertThat(Values.isTrue("x")).isTrue();
    assertThat(Values.isTrue(0L)).isFalse();
    assertThat(Values.isTrue(GoInt.of(0))).isFalse();
    assertThat(Values.isTrue(GoInt.of(-1))).isTrue();
    assertThat(Values.isTrue(0.0)).isFalse();
    assertThat(Values.isTrue(List.of())).isFalse();
    assertThat(Values.isTrue(List.of(1L))).isTrue();
    assertThat(Values.isTrue(Map.of())).isFalse();
    assertThat(Values.isTrue(new TypedNil(GoType.SLICE_STRING))).isFalse();
    assertThat(Values.isTrue(new GoComplex(0, 0))).isFalse();
    assertThat(Values.isTrue(new GoComplex(0, 1))).isTrue();
    // Structs are always true, even the zero time.
    assertThat(Values.isTrue(new GoTime(ZonedDateTime.of(1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC))))
        .isTrue();
  }

  @Test
  void typesOfValues() {
    assertThat(GoType.of(null)).isNull();
    assertThat(GoType.of(1L).name()).isEqualTo("int64");
    assertThat(GoType.of(GoInt.of(1)).name()).isEqualTo("int");
    assertThat(GoType.of(1.5).name()).isEqualTo("float64");
    assertThat(GoType.of(new ArrayList<>()).name()).isEqualTo("[]interface {}");
    assertThat(GoType.of(new LinkedHashMap<>()).name()).isEqualTo("map[string]interface {}");
    assertThat(GoType.of(GoSlice.ofStrings(List.of("a"))).name()).isEqualTo("[]string");
    assertThat(GoType.of(new GoMap(GoType.MAP_STRING_STRING, Map.of())).kind().goName())
        .isEqualTo("map");
    assertThat(GoType.of(new TypedNil(GoType.pointerTo(GoType.INT))).name()).isEqualTo("*int");
    assertThatThrownBy(() -> GoType.of(new Object())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void assignability() {
    assertThat(GoType.INT64.assignableTo(GoType.INTERFACE)).isTrue();
    assertThat(GoType.INT64.assignableTo(GoType.INT)).isFalse();
    assertThat(GoType.SLICE_STRING.assignableTo(GoType.SLICE_INTERFACE)).isFalse();
    assertThat(GoType.sliceOf(GoType.STRING).assignableTo(GoType.SLICE_STRING)).isTrue();
    assertThat(GoType.REFLECT_VALUE.canBeNil()).isFalse();
    assertThat(GoType.MAP_STRING_STRING.canBeNil()).isTrue();
  }

  @Test
  void stringsCompareByUtf8Bytes() {
    // U+FF01 (3 UTF-8 bytes, EF BC 81) sorts before U+1F600 (F0 9F 98 80) in Go,
    // although its UTF-16 unit 0xFF01 is greater than the surrogate 0xD83D.
    String fullwidth = "\uFF01";
    String emoji = "\uD83D\uDE00";
    assertThat(Values.compareStrings(fullwidth, emoji)).isNegative();
    assertThat(fullwidth.compareTo(emoji)).isPositive();
    assertThat(Values.compareStrings("a", "b")).isNegative();
    assertThat(Values.compareStrings("ab", "a")).isPositive();
    assertThat(Values.compareStrings("Z", "a")).isNegative();
    assertThat(Values.sortedKeys(Map.of("b", 1, "a", 2, "B", 3))).containsExactly("B", "a", "b");
  }

  @Test
  void utf8Lengths() {
    assertThat(Values.utf8Length("aé€😀", 0, 5)).isEqualTo(1 + 2 + 3 + 4);
    assertThat(Values.utf8Length("xaé", 1, 3)).isEqualTo(3);
  }

  @Test
  void listAndMapViews() {
    assertThat(Values.asList(new TypedNil(GoType.SLICE_INTERFACE))).isEmpty();
    assertThat(Values.asList(GoSlice.ofStrings(List.of("a")))).containsExactly("a");
    assertThat(Values.asList("x")).isNull();
    assertThat(Values.asMap(new TypedNil(GoType.MAP_STRING_INTERFACE))).isEmpty();
    assertThat(Values.isSlice(List.of())).isTrue();
    assertThat(Values.isMap(new GoMap(GoType.MAP_STRING_STRING, Map.of()))).isTrue();
  }
}

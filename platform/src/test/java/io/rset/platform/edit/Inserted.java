package io.rset.platform.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

/** Asserts that a text is another one with exactly some whole lines inserted, nothing else. */
final class Inserted {
  private Inserted() {}

  /**
   * {@code after} must equal {@code before} with {@code lines} inserted before line {@code at}
   * (0-based; the line count appends), each ending with {@code newline}.
   */
  static void assertInsertedWith(
      String newline, String before, String after, int at, String... lines) {
    List<String> b = UnifiedDiff.lines(before);
    List<String> expected = new ArrayList<>(b.subList(0, at));
    for (String l : lines) {
      expected.add(l + newline);
    }
    expected.addAll(b.subList(at, b.size()));
    assertThat(after).isEqualTo(String.join("", expected));
    // And, independently, a line diff shows only insertions.
    assertThat(Myers.diff(b, UnifiedDiff.lines(after)))
        .allMatch(op -> op[0] != Myers.DELETE, "no line deleted or changed");
  }

  static void assertInserted(String before, String after, int at, String... lines) {
    assertInsertedWith("\n", before, after, at, lines);
  }
}

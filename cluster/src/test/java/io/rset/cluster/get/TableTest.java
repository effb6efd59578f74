package io.rset.cluster.get;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {
  @Test
  void padsCellsTabsAfterEachAndASpaceAfterTheLastHeader() {
    String out =
        new Table(List.of("Name", "Ready"))
            .add(List.of("podinfo", "True"))
            .add(List.of("a", "Unknown"))
            .render();
    assertThat(out)
        .isEqualTo("NAME   \tREADY   \n" + "podinfo\tTrue   \t\n" + "a      \tUnknown\t\n");
  }

  @Test
  void headerOnlyWhenNoRows() {
    assertThat(new Table(List.of("Name", "Last Reconciled")).render())
        .isEqualTo("NAME\tLAST RECONCILED \n");
  }

  @Test
  void multiLineCellsSpanPhysicalLinesAndWidthIsTheLongestLine() {
    String out =
        new Table(List.of("Name", "Message", "X"))
            .add(List.of("a", "first line\nsecond\n", "y"))
            .render();
    assertThat(out)
        .isEqualTo(
            "NAME\tMESSAGE   \tX \n"
                + "a   \tfirst line\ty\t\n"
                + "    \tsecond    \t \t\n"
                + "    \t          \t \t\n");
  }

  @Test
  void widthCountsCodePoints() {
    String out = new Table(List.of("N")).add(List.of("✔é")).render();
    assertThat(out).isEqualTo("N  \n✔é\t\n");
  }

  @Test
  void rowsMustMatchTheHeader() {
    assertThatThrownBy(() -> new Table(List.of("A", "B")).add(List.of("x")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}

package io.rset.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LineDiffTest {

  @Test
  void equalTextsHaveNoDiff() {
    assertThat(LineDiff.unified("a\nb\n", "a\nb\n")).isEmpty();
    assertThat(LineDiff.unified("", "")).isEmpty();
  }

  @Test
  void changedLineWithContext() {
    assertThat(LineDiff.unified("a\nb\nc\n", "a\nB\nc\n"))
        .containsExactly("--- want", "+++ got", "@@ -1,3 +1,3 @@", " a", "-b", "+B", " c");
  }

  @Test
  void missingFinalNewlineIsShown() {
    assertThat(LineDiff.unified("a\n", "a"))
        .containsExactly(
            "--- want", "+++ got", "@@ -1 +1 @@", "-a", "+a", "\\ No newline at end of file");
  }

  @Test
  void insertionIntoEmptyText() {
    assertThat(LineDiff.unified("", "x\n"))
        .containsExactly("--- want", "+++ got", "@@ -0,0 +1 @@", "+x");
  }

  @Test
  void distantChangesMakeSeparateHunks() {
    String want =
        IntStream.rangeClosed(1, 20).mapToObj(i -> i + "\n").collect(Collectors.joining());
    String got = want.replace("\n2\n", "\ntwo\n").replace("\n18\n", "\neighteen\n");
    assertThat(LineDiff.unified(want, got))
        .containsExactly(
            "--- want",
            "+++ got",
            "@@ -1,5 +1,5 @@",
            " 1",
            "-2",
            "+two",
            " 3",
            " 4",
            " 5",
            "@@ -15,6 +15,6 @@",
            " 15",
            " 16",
            " 17",
            "-18",
            "+eighteen",
            " 19",
            " 20");
  }

  @Test
  void deletedAndAddedLines() {
    assertThat(LineDiff.unified("a\nb\nc\nd\n", "a\nc\nd\ne\n"))
        .containsExactly("--- want", "+++ got", "@@ -1,4 +1,4 @@", " a", "-b", " c", " d", "+e");
  }
}

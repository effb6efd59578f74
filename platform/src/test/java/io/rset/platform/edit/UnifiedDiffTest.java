package io.rset.platform.edit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@link UnifiedDiff}: hunks as {@code diff -u} writes them. */
class UnifiedDiffTest {
  @Test
  void equalTextsGiveNothing() {
    assertThat(UnifiedDiff.of("f", "a\n", "a\n")).isEmpty();
  }

  @Test
  void separateHunksAndMergedOnes() {
    String a = "1\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\n";
    String b = "1\nx\n2\n3\n4\n5\n6\n7\n8\n9\n10\n11\n12\n13\n14\n15\n16\ny\n";
    assertThat(UnifiedDiff.of("f", a, b))
        .isEqualTo(
            """
            --- a/f
            +++ b/f
            @@ -1,4 +1,5 @@
             1
            +x
             2
             3
             4
            @@ -14,3 +15,4 @@
             14
             15
             16
            +y
            """);
    String c = "1\n2\nx\n3\n4\n5\n6\n7\n8\ny\n9\n";
    assertThat(UnifiedDiff.of("f", "1\n2\n3\n4\n5\n6\n7\n8\n9\n", c))
        .isEqualTo(
            """
            --- a/f
            +++ b/f
            @@ -1,9 +1,11 @@
             1
             2
            +x
             3
             4
             5
             6
             7
             8
            +y
             9
            """);
  }

  @Test
  void newFilesReplacedLinesAndMissingFinalNewline() {
    assertThat(UnifiedDiff.of("n.yaml", null, "a\nb\n"))
        .isEqualTo("--- /dev/null\n+++ b/n.yaml\n@@ -0,0 +1,2 @@\n+a\n+b\n");
    assertThat(UnifiedDiff.of("f", "k: []\nz: 1", "k:\n- a\nz: 1"))
        .isEqualTo(
            "--- a/f\n+++ b/f\n@@ -1,2 +1,3 @@\n-k: []\n+k:\n+- a\n z: 1\n\\ No newline at end of file\n");
    assertThat(UnifiedDiff.of("f", "a\r\n", "a\r\nb\r\n"))
        .isEqualTo("--- a/f\n+++ b/f\n@@ -1 +1,2 @@\n a\r\n+b\r\n");
  }
}

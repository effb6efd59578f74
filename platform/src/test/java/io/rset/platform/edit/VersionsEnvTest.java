package io.rset.platform.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link VersionsEnv}: a variable is added in the file's style; nothing else changes. */
class VersionsEnvTest {
  private static String add(String text, String name, String value, List<String> comment) {
    VersionsEnv env = new VersionsEnv(new TextDoc("versions.env", text));
    String after = env.add(name, value, comment);
    env.requireAdded(after, name, value);
    return after;
  }

  @Test
  void appendsToAnUnsortedFile() {
    assertThat(add("b=1\na=2\n# trailer\n", "c", "3", List.of()))
        .isEqualTo("b=1\na=2\nc=3\n# trailer\n");
  }

  @Test
  void sortedFileGetsTheSortedPlaceAboveTheNextEntrysComment() {
    String in = "# header\n\n# bot: a\na_version=1\n# bot: c\nc_version=3\n";
    assertThat(add(in, "b_version", "2", List.of("# bot: b")))
        .isEqualTo(
            "# header\n\n# bot: a\na_version=1\n# bot: b\nb_version=2\n# bot: c\nc_version=3\n");
    assertThat(add(in, "d_version", "4", List.of())).isEqualTo(in + "d_version=4\n");
  }

  @Test
  void blankLineSeparationAndQuotesAreFollowed() {
    String in = "a=\"1\"\n\nb=\"2\"\n";
    assertThat(add(in, "c", "3", List.of())).isEqualTo("a=\"1\"\n\nb=\"2\"\n\nc=\"3\"\n");
    assertThat(add("a='1'\nb='2'\n", "c", "3", List.of())).isEqualTo("a='1'\nb='2'\nc='3'\n");
    // Sorted and separated: the new entry and a blank line go before the next one.
    assertThat(add(in, "aa", "3", List.of())).isEqualTo("a=\"1\"\n\naa=\"3\"\n\nb=\"2\"\n");
  }

  @Test
  void emptyAndCommentOnlyFiles() {
    assertThat(add("", "a", "1", List.of())).isEqualTo("a=1\n");
    assertThat(add("# versions\n", "a", "1", List.of())).isEqualTo("# versions\na=1\n");
    assertThat(add("# versions\n\n\n", "a", "1", List.of())).isEqualTo("# versions\na=1\n\n\n");
  }

  @Test
  void crlfAndNoFinalNewline() {
    assertThat(add("a=1\r\nb=2\r\n", "c", "3", List.of("# c")))
        .isEqualTo("a=1\r\nb=2\r\n# c\r\nc=3\r\n");
    assertThat(add("a=1\nb=2", "c", "3", List.of())).isEqualTo("a=1\nb=2\nc=3");
  }

  @Test
  void parsesEntriesAndTheirComments() {
    VersionsEnv env =
        new VersionsEnv(new TextDoc("v.env", "# a\n# b\nx=\"1\"\n\n# lone\n\ny = 2\nz='3'\n"));
    assertThat(env.entries()).extracting(VersionsEnv.Entry::name).containsExactly("x", "z");
    assertThat(env.commentOf(env.find("x"))).containsExactly("# a", "# b");
    assertThat(env.find("x").value()).isEqualTo("1");
    assertThat(env.find("z").value()).isEqualTo("3");
    assertThat(env.commentOf(env.find("z"))).isEmpty();
  }

  @Test
  void requireAddedCatchesAnythingElse() {
    VersionsEnv env = new VersionsEnv(new TextDoc("v.env", "a=1\nb=2\n"));
    assertThatThrownBy(() -> env.requireAdded("a=1\nc=3\n", "c", "3"))
        .isInstanceOf(EditException.class)
        .hasMessageStartingWith("internal error: v.env:");
    assertThatThrownBy(() -> env.requireAdded("a=1\nb=2\n", "c", "3"))
        .isInstanceOf(EditException.class);
  }
}

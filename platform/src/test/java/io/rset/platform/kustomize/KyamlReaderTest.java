package io.rset.platform.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** kio.FromBytes-style reading: splitting, aliases, merge keys, lists, limits. */
class KyamlReaderTest {
  private static List<KyamlReader.Doc> docs(String yaml) {
    return new KyamlReader().read(Path.of("f.yaml"), yaml);
  }

  private static Map<String, Object> one(String yaml) {
    return NodeJson.toObject(docs(yaml).get(0).root());
  }

  @Test
  void nullWords() {
    assertThat(one("a: ~\nb: null\nc:\n"))
        .containsEntry("a", null)
        .containsEntry("b", null)
        .containsEntry("c", null);
  }

  @Test
  void separatorsSplitOnlyAtLineStartsAndKeepComments() {
    List<KyamlReader.Doc> d = docs("a: 1\n--- # c\nb: 2\n---\n\n---\n# only\n---\nc: '---'\n");
    assertThat(d).hasSize(3);
    assertThat(d).extracting(KyamlReader.Doc::line).containsExactly(1, 3, 9);
  }

  @Test
  void invalidSeparatorIsAnError() {
    assertThatThrownBy(() -> docs("a: 1\n---x\nb: 2\n"))
        .isInstanceOf(KustomizeException.class)
        .hasMessage("invalid document separator: ---x")
        .extracting(e -> ((KustomizeException) e).line())
        .isEqualTo(2);
  }

  @Test
  void mergeKeysOwnKeysWinThenEarlierSources() {
    Map<String, Object> m =
        one("a: &a {x: 1, y: 1}\nb: &b {y: 2, z: 2}\nc:\n  <<: [*a, *b]\n  x: own\n");
    assertThat(m.get("c")).isEqualTo(Map.of("x", "own", "y", 1L, "z", 2L));
  }

  @Test
  void quotedMergeKeyIsAPlainKey() {
    assertThat(one("a: &a {x: 1}\nc:\n  '<<': *a\n").get("c"))
        .isEqualTo(Map.of("<<", Map.of("x", 1L)));
  }

  @Test
  void singleListDocumentIsUnwrapped() {
    List<KyamlReader.Doc> d = docs("apiVersion: v1\nkind: List\nitems:\n- kind: A\n- kind: B\n");
    assertThat(d).extracting(x -> Resources.kind(x.root())).containsExactly("A", "B");
    assertThat(d).extracting(KyamlReader.Doc::line).containsExactly(4, 5);
  }

  @Test
  void listIsNotUnwrappedNextToOtherDocuments() {
    assertThat(docs("kind: List\nitems: []\n---\nkind: X\n")).hasSize(2);
  }

  @Test
  void aliasBombIsRefused() {
    StringBuilder sb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 10; i++) {
      sb.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        sb.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      sb.append("]\n");
    }
    assertThatThrownBy(() -> docs(sb.toString()))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("excessive aliasing");
  }

  @Test
  void recursiveAliasIsRefused() {
    assertThatThrownBy(() -> docs("a: &a [*a]\n"))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("contains itself");
  }

  @Test
  void complexKeysAreRefused() {
    assertThatThrownBy(() -> docs("? [a]\n: b\n"))
        .isInstanceOf(KustomizeException.class)
        .hasMessageContaining("keys must be scalars");
  }

  @Test
  void onlyTheFirstDocumentOfAPartIsRead() {
    assertThat(docs("a: 1\n...\nb: 2\n")).hasSize(1);
  }
}

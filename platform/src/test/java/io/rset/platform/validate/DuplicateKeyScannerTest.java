package io.rset.platform.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.platform.validate.DuplicateKeyScanner.Duplicate;
import org.junit.jupiter.api.Test;

class DuplicateKeyScannerTest {
  @Test
  void reportsTheSecondKeyWithTheFirstOnesPlace() {
    String yaml = "a: 1\nb:\n  c: 2\n  d: 3\n  c: 4\na: 5\n";
    assertThat(DuplicateKeyScanner.scan(yaml))
        .containsExactly(new Duplicate("c", 5, 3, 3, 3), new Duplicate("a", 6, 1, 1, 1));
  }

  @Test
  void keysAreComparedAfterYaml11Resolution() {
    assertThat(DuplicateKeyScanner.scan("yes: 1\ntrue: 2\n"))
        .containsExactly(new Duplicate("true", 2, 1, 1, 1));
    assertThat(DuplicateKeyScanner.scan("010: 1\n8: 2\n0x8: 3\n"))
        .extracting(Duplicate::key)
        .containsExactly("8", "0x8");
    assertThat(DuplicateKeyScanner.scan("\"a\": 1\na: 2\n")).hasSize(1);
    // a quoted "true" is a string, not the boolean
    assertThat(DuplicateKeyScanner.scan("\"true\": 1\ntrue: 2\n")).isEmpty();
    assertThat(DuplicateKeyScanner.scan("~: 1\nnull: 2\n")).hasSize(1);
  }

  @Test
  void eachMappingAndDocumentHasItsOwnKeys() {
    String yaml =
        "items:\n- name: a\n  x: 1\n- name: b\n  x: 2\n---\nitems: []\n---\n{a: 1, b: {a: 2}}\n";
    assertThat(DuplicateKeyScanner.scan(yaml)).isEmpty();
    assertThat(DuplicateKeyScanner.scan("{a: 1, b: 2, a: 3}"))
        .containsExactly(new Duplicate("a", 1, 14, 1, 2));
  }

  @Test
  void mergeKeysComplexKeysAndAliasesAreNotCompared() {
    String yaml =
        "base: &b {x: 1}\nm:\n  <<: *b\n  <<: *b\n  ? [k]\n  : 1\n  ? [k]\n  : 2\n  *b : 3\n";
    assertThat(DuplicateKeyScanner.scan(yaml)).isEmpty();
  }

  @Test
  void templatesInBlockScalarsAreText() {
    String yaml =
        "spec:\n  resourcesTemplate: |\n    a: <<inputs.x>>\n    a: <<inputs.y>>\n  inputs: []\n";
    assertThat(DuplicateKeyScanner.scan(yaml)).isEmpty();
  }

  @Test
  void stopsAtASyntaxErrorKeepingWhatItFound() {
    assertThat(DuplicateKeyScanner.scan("a: 1\na: 2\nb: [\n")).hasSize(1);
    assertThat(DuplicateKeyScanner.scan("\t- : :\n{{")).isEmpty();
    assertThat(DuplicateKeyScanner.scan("")).isEmpty();
  }
}

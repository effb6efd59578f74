package io.rset.platform.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small decisions the rules rest on. */
class RuleHelpersTest {
  @Test
  void codesAreUniqueAndSequential() {
    Set<String> codes = new HashSet<>();
    Rule[] rules = Rule.values();
    for (int i = 0; i < rules.length; i++) {
      assertThat(rules[i].code()).isEqualTo(String.format("RSET%03d", i + 1));
      assertThat(codes.add(rules[i].code())).isTrue();
      assertThat(rules[i].id()).matches("[a-z]+(-[a-z0-9]+)*");
    }
  }

  @Test
  void suggestionsByEditDistance() {
    List<String> names = List.of("cert-manager", "cilium", "longhorn", "loki");
    assertThat(Suggestions.closest("cert-manger", names)).isEqualTo("cert-manager");
    assertThat(Suggestions.closest("cillium", names)).isEqualTo("cilium");
    assertThat(Suggestions.closest("grafana", names)).isNull();
    assertThat(Suggestions.closest("cilium", names)).as("exact match: nothing to suggest").isNull();
    // short names allow a single edit only
    assertThat(Suggestions.closest("lok", names)).isEqualTo("loki");
    assertThat(Suggestions.closest("lx", names)).isNull();
    assertThat(Suggestions.distance("kitten", "sitting", 5)).isEqualTo(3);
    assertThat(Suggestions.distance("a", "abcdef", 2)).isEqualTo(3);
  }

  @Test
  void ociRegistries() {
    assertThat(OciCheck.isOciRegistry("ghcr.io")).isTrue();
    assertThat(OciCheck.isOciRegistry("myreg.azurecr.io")).isTrue();
    assertThat(OciCheck.isOciRegistry("europe-docker.pkg.dev")).isTrue();
    assertThat(OciCheck.isOciRegistry("123456789012.dkr.ecr.eu-west-1.amazonaws.com")).isTrue();
    assertThat(OciCheck.isOciRegistry("my-bucket.s3.amazonaws.com")).isFalse();
    assertThat(OciCheck.isOciRegistry("charts.bitnami.com")).isFalse();
    assertThat(OciCheck.host("https://GHCR.io:443/org/charts?x#y")).isEqualTo("ghcr.io");
    assertThat(OciCheck.host("quay.io/jetstack")).isEqualTo("quay.io");
  }

  @Test
  void embeddedScripts() {
    assertThat(SubstitutionCheck.isScript("data", "#!/bin/sh\necho hi\n")).isTrue();
    assertThat(SubstitutionCheck.isScript("command", "a\nb\n")).isTrue();
    assertThat(SubstitutionCheck.isScript("backup.sh", "a\nb\n")).isTrue();
    assertThat(SubstitutionCheck.isScript("values", "set -e\nfoo\n")).isTrue();
    assertThat(SubstitutionCheck.isScript("values", "a: 1\nb: ${x}\n")).isFalse();
    assertThat(SubstitutionCheck.isScript("command", "echo ${x}")).as("one line").isFalse();
  }

  @Test
  void expressionsAreCutAtTheirClosingBrace() {
    assertThat(SubstitutionCheck.expression("a ${x%-*} b", 2)).isEqualTo("${x%-*}");
    assertThat(SubstitutionCheck.expression("${x:=${y}}z", 0)).isEqualTo("${x:=${y}}");
    assertThat(SubstitutionCheck.expression("${x\nrest", 0)).isEqualTo("${x");
  }
}

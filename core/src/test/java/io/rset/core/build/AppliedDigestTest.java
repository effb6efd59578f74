package io.rset.core.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppliedDigestTest {
  @Test
  void emptySetIsTheDigestOfNothing() {
    assertThat(AppliedDigest.of(List.of()))
        .isEqualTo("sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  }

  @Test
  void hashesYamlFollowedBySeparator() {
    // printf 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a\n---\n' | sha256sum
    Map<String, Object> o =
        Map.of("metadata", Map.of("name", "a"), "kind", "ConfigMap", "apiVersion", "v1");
    assertThat(AppliedDigest.of(List.of(o)))
        .isEqualTo("sha256:4506d8926b280a2effc1593c8a839e8c597a412fd2624884f9e0940147a20fc3");
  }
}

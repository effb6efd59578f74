package io.rset.platform.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/** {@link Names} and {@link Scalars}. */
class NamesAndScalarsTest {
  @Test
  void dns1123Labels() {
    for (String ok : List.of("a", "a-b", "0", "x".repeat(63), "cert-manager")) {
      Names.requireDns1123Label("name", ok);
    }
    for (String bad : List.of("", "A", "a_b", "-a", "a-", "a.b", "x".repeat(64))) {
      assertThatThrownBy(() -> Names.requireDns1123Label("name", bad))
          .isInstanceOf(EditException.class);
    }
  }

  @Test
  void urls() {
    Names.requireUrl("--url", "oci://ghcr.io/x", Set.of("oci", "https"));
    Names.requireUrl("--url", "https://x.example.com:8443/charts", Set.of("oci", "https"));
    assertThatThrownBy(() -> Names.requireUrl("--url", "ftp://x", Set.of("oci", "https")))
        .hasMessage("invalid --url \"ftp://x\": must start with one of https://, oci://");
    assertThatThrownBy(() -> Names.requireUrl("--url", "https://a b", Set.of("https")))
        .hasMessageStartingWith("invalid --url \"https://a b\": is not a URL (");
  }

  @Test
  void didYouMean() {
    assertThat(Names.didYouMean("cert-manger", List.of("cilium", "cert-manager")))
        .contains("cert-manager");
    assertThat(Names.didYouMean("redis", List.of("cilium", "cert-manager"))).isEmpty();
    assertThat(Names.didYouMean("ab", List.of("ac"))).contains("ac");
    assertThat(Names.distance("kitten", "sitting")).isEqualTo(3);
  }

  @Test
  void plainOnlyWhenItReadsBackAsTheSameString() {
    ScalarStyle plain = ScalarStyle.PLAIN;
    ScalarStyle dq = ScalarStyle.DOUBLE_QUOTED;
    assertThat(Scalars.write("podinfo", plain, dq, false)).isEqualTo("podinfo");
    assertThat(Scalars.write("${v}", plain, dq, false)).isEqualTo("${v}");
    assertThat(Scalars.write("oci://ghcr.io/x", plain, dq, true)).isEqualTo("oci://ghcr.io/x");
    for (String s :
        List.of(
            "1.10", "yes", "on", "null", "~", "1e3", "0x1f", "", " a", "a: b", "a #b", "-", "[x]",
            "@a", "'q", "a\tb")) {
      assertThat(Scalars.write(s, plain, dq, false)).as(s).startsWith("\"");
    }
    assertThat(Scalars.write("a,b", plain, dq, true)).isEqualTo("\"a,b\"");
    assertThat(Scalars.write("a,b", plain, dq, false)).isEqualTo("a,b");
    assertThat(Scalars.write("it's", ScalarStyle.SINGLE_QUOTED, dq, false)).isEqualTo("'it''s'");
    assertThat(Scalars.write("a\nb\"\\", ScalarStyle.SINGLE_QUOTED, dq, false))
        .isEqualTo("\"a\\nb\\\"\\\\\"");
    assertThat(Scalars.write("1.10", plain, ScalarStyle.SINGLE_QUOTED, false)).isEqualTo("'1.10'");
  }
}

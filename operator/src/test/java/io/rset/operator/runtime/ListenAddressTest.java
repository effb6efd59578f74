package io.rset.operator.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ListenAddressTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        ":8080|''|8080|:8080",
        "127.0.0.1:9090|127.0.0.1|9090|127.0.0.1:9090",
        "[::1]:8081|::1|8081|[::1]:8081",
        "localhost:0|localhost|0|localhost:0"
      })
  void parsesGoHostPort(String text, String host, int port, String printed) {
    ListenAddress a = ListenAddress.parse(text);

    assertThat(a.host()).isEqualTo(host);
    assertThat(a.port()).isEqualTo(port);
    assertThat(a.disabled()).isFalse();
    assertThat(a).hasToString(printed);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "8080|invalid address \"8080\": missing port in address",
        "::1:8080|invalid address \"::1:8080\": too many colons in address",
        "[::1:8080|invalid address \"[::1:8080\": missing ']' in address",
        ":http|invalid address \":http\": invalid port \"http\"",
        ":|invalid address \":\": invalid port \"\"",
        ":65536|invalid address \":65536\": port 65536 out of range",
        ":-1|invalid address \":-1\": invalid port \"-1\"",
        "a/b:80|invalid address \"a/b:80\": invalid host \"a/b\"",
        "''|invalid address \"\": missing port in address"
      })
  void rejectsWithGoLikeMessages(String text, String message) {
    assertThatThrownBy(() -> ListenAddress.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(message);
  }

  @org.junit.jupiter.api.Test
  void zeroDisables() {
    assertThat(ListenAddress.parse("0").disabled()).isTrue();
    assertThat(ListenAddress.DISABLED).hasToString("0");
  }
}

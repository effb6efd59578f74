package io.rset.platform.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.platform.kustomize.Selectors.LabelSelector;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SelectorsTest {
  private static final Map<String, String> LABELS =
      Map.of("env", "prod", "tier", "web", "n", "5", "example.com/owner", "me");

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          ''                             | true
          env=prod                       | true
          env==prod                      | true
          env!=prod                      | false
          env!=dev                       | true
          missing!=x                     | true
          env in (prod, dev)             | true
          env notin (prod)               | false
          missing notin (x)              | true
          env                            | true
          !env                           | false
          !missing                       | true
          env=prod,tier=web              | true
          env=prod, tier=db              | false
          n>3                            | true
          n<3                            | false
          example.com/owner=me           | true
          'env in (prod,)'               | true
          """)
  void matches(String selector, boolean expected) {
    assertThat(LabelSelector.parse(selector).matches(LABELS)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a in (b                | unable to parse requirement
          in=x                   | unable to parse requirement
          a=b c                  | unable to parse requirement
          n>x                    | for 'Gt', 'Lt' operators, the value must be an integer
          -bad-=x                | invalid label key
          a=-bad-                | invalid label value
          """)
  void errors(String selector, String message) {
    assertThatThrownBy(() -> LabelSelector.parse(selector))
        .isInstanceOf(Selectors.SelectorException.class)
        .hasMessageContaining(message);
  }
}

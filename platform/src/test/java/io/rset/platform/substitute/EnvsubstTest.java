package io.rset.platform.substitute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnvsubstTest {
  private static final Map<String, String> VARS =
      Map.of("cluster", "homelab", "version", "1.20", "empty", "");

  private static String strict(String text) {
    return Envsubst.eval(text, VARS::get);
  }

  private static String lax(String text) {
    return Envsubst.eval(text, n -> VARS.getOrDefault(n, ""));
  }

  @Test
  void everyDefaultForm() {
    assertThat(strict("${cluster}")).isEqualTo("homelab");
    assertThat(strict("${nope:=dflt}")).isEqualTo("dflt");
    assertThat(strict("${nope:-dflt}")).isEqualTo("dflt");
    assertThat(strict("${nope=dflt}")).isEqualTo("dflt");
    assertThat(strict("${empty:=dflt}")).isEqualTo("dflt");
    assertThat(strict("${cluster:=dflt}")).isEqualTo("homelab");
    assertThat(strict("${nope:=${cluster}-x}")).isEqualTo("homelab-x");
  }

  @Test
  void dollarDollarIsALiteralDollar() {
    assertThat(strict("$${cluster}")).isEqualTo("${cluster}");
    assertThat(strict("echo $$HOME and $HOME")).isEqualTo("echo $HOME and $HOME");
    assertThat(strict("$$${cluster}")).isEqualTo("$homelab");
  }

  @Test
  void strictModeFailsOnBareUndefinedVariableWithFluxText() {
    assertThatThrownBy(() -> strict("a: ${nope}"))
        .isInstanceOf(EnvsubstException.class)
        .hasMessage("variable not set (strict mode): \"nope\"")
        .satisfies(e -> assertThat(((EnvsubstException) e).offset()).isEqualTo(3))
        .satisfies(e -> assertThat(((EnvsubstException) e).variable()).isEqualTo("nope"));
    assertThatThrownBy(() -> strict("${nope^^}")).hasMessageContaining("\"nope\"");
    assertThat(lax("a: ${nope}")).isEqualTo("a: ");
  }

  @Test
  void lenientSinkCollectsEveryUndefinedVariable() {
    List<String> missing = new ArrayList<>();
    String out =
        Envsubst.eval(
            "${a} ${cluster} ${b:=x} ${c}", VARS::get, (n, off) -> missing.add(n + "@" + off));
    assertThat(out).isEqualTo(" homelab x ");
    assertThat(missing).containsExactly("a@0", "c@24");
  }

  @Test
  void syntaxErrorsNameTheOpeningBrace() {
    assertThatThrownBy(() -> strict("ok ${my-var}"))
        .hasMessage("missing closing brace")
        .satisfies(e -> assertThat(((EnvsubstException) e).offset()).isEqualTo(3));
    assertThatThrownBy(() -> strict("x ${}")).hasMessage("unable to parse variable name");
    assertThatThrownBy(() -> strict("${a:=${}")).hasMessage("unable to parse variable name");
    assertThatThrownBy(() -> strict("${file#}"))
        .hasMessage("unable to parse substitution within function");
  }

  @Test
  void offsetsCountCharactersNotBytes() {
    assertThatThrownBy(() -> strict("héllo ${nope}"))
        .satisfies(e -> assertThat(((EnvsubstException) e).offset()).isEqualTo(6));
  }

  @Test
  void variablesListsNamesInOrder() {
    assertThat(Envsubst.variables("${a} $${b} ${c:=${d}} ${#e}"))
        .containsExactly("a", "d", "c", "e");
  }

  @Test
  void deepNestingIsAnErrorNotAStackOverflow() {
    String deep = "${a:=".repeat(5000) + "}".repeat(5000);
    assertThatThrownBy(() -> strict(deep)).isInstanceOf(EnvsubstException.class);
    String ok = "${a:=".repeat(100) + "x" + "}".repeat(100);
    assertThat(strict(ok)).isEqualTo("x");
  }

  @Test
  void longTextsWithManyExpressionsDoNotRecurse() {
    String text = "${cluster} ".repeat(100_000);
    assertThat(strict(text)).hasSize("homelab ".length() * 100_000);
  }
}

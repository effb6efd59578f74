package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.MissingKey;
import io.rset.gotemplate.Template;
import io.rset.gotemplate.TemplateException;
import io.rset.gotemplate.TemplateOptions;
import io.rset.gotemplate.flux.FluxTemplates;
import io.rset.gotemplate.func.FuncMap;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Edge cases of the math, list and dict functions run through the whole engine: each case of
 * mathlists-cases.yaml (written by tools/gen_mathlists_cases.py) holds what Go's text/template with
 * slim-sprig printed or the error it reported.
 */
class SprigMathListsDictsOracleTest {
  private static final FuncMap SPRIG = Sprig.hermetic(Limits.DEFAULT);

  record Case(String name, String template, Map<String, Object> inputs, String want, String error) {
    @Override
    public String toString() {
      return name + " " + template;
    }
  }

  @SuppressWarnings("unchecked")
  static Stream<Case> cases() throws IOException {
    Load load = new Load(LoadSettings.builder().build());
    try (InputStream in =
        SprigMathListsDictsOracleTest.class.getResourceAsStream("mathlists-cases.yaml")) {
      List<Map<String, Object>> raw = (List<Map<String, Object>>) load.loadFromInputStream(in);
      List<Case> out = new ArrayList<>();
      for (Map<String, Object> m : raw) {
        out.add(
            new Case(
                (String) m.get("name"),
                (String) m.get("template"),
                (Map<String, Object>) FluxTemplates.toTemplateValue(m.get("inputs")),
                (String) m.get("want"),
                (String) m.get("wantError")));
      }
      assertThat(out).hasSizeGreaterThan(390);
      return out.stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGo(Case c) {
    Map<String, Object> inputs = c.inputs();
    FuncMap funcs =
        SPRIG.toBuilder()
            .add(GoFunction.of("inputs", GoType.MAP_STRING_INTERFACE, List.of(), args -> inputs))
            .build();
    TemplateOptions options = new TemplateOptions("<<", ">>", MissingKey.ERROR, Limits.DEFAULT);
    String output;
    try {
      output = Template.parse("resourceset", c.template(), options, funcs).render(null);
    } catch (TemplateException e) {
      if (c.error() == null) {
        fail(c + ": unexpected error: " + e.getMessage(), e);
      }
      assertThat(e.getMessage()).as(c.toString()).isEqualTo(c.error());
      return;
    }
    if (c.want() == null) {
      fail(c + ": expected error " + c.error() + " but got output: " + output);
    }
    assertThat(output).as(c.toString()).isEqualTo(c.want());
  }
}

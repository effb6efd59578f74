package io.rset.gotemplate.sprig;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.gotemplate.Limits;
import io.rset.gotemplate.MissingKey;
import io.rset.gotemplate.Template;
import io.rset.gotemplate.TemplateException;
import io.rset.gotemplate.TemplateOptions;
import io.rset.gotemplate.func.FuncMap;
import io.rset.gotemplate.func.GoFunction;
import io.rset.gotemplate.value.GoType;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Templates with outputs or errors recorded from the Go oracle (text/template with slim-sprig), run
 * against the engine with the hermetic sprig functions only.
 */
final class OracleCases {
  private OracleCases() {}

  /** One recorded template: exactly one of want / wantError is set. */
  record Case(String template, String want, String wantError) {
    @Override
    public String toString() {
      return template;
    }
  }

  @SuppressWarnings("unchecked")
  static Stream<Arguments> load(String resource) throws IOException {
    try (InputStream in = OracleCases.class.getResourceAsStream(resource)) {
      List<Map<String, String>> raw =
          (List<Map<String, String>>)
              new Load(LoadSettings.builder().build()).loadFromInputStream(in);
      return raw.stream()
          .map(m -> Arguments.of(new Case(m.get("template"), m.get("want"), m.get("wantError"))))
          .toList()
          .stream();
    }
  }

  /**
   * Adds minimal {@code list} and {@code dict} (sprig's signatures) when the function set lacks
   * them, so that these tests do not depend on the list and dict families.
   */
  static FuncMap withTestHelpers(FuncMap funcs) {
    FuncMap.Builder b = funcs.toBuilder();
    if (!funcs.contains("list")) {
      b.add(
          GoFunction.variadic(
              "list",
              GoType.SLICE_INTERFACE,
              List.of(GoType.SLICE_INTERFACE),
              a -> new ArrayList<>(Arrays.asList(a))));
    }
    if (!funcs.contains("dict")) {
      b.add(
          GoFunction.variadic(
              "dict",
              GoType.MAP_STRING_INTERFACE,
              List.of(GoType.SLICE_INTERFACE),
              a -> {
                Map<String, Object> d = new HashMap<>();
                for (int i = 0; i < a.length; i += 2) {
                  d.put(String.valueOf(a[i]), i + 1 < a.length ? a[i + 1] : "");
                }
                return d;
              }));
    }
    return b.build();
  }

  static void check(Case c) {
    FuncMap funcs = withTestHelpers(Sprig.hermetic(Limits.DEFAULT));
    String got;
    try {
      Template t =
          Template.parse(
              "resourceset",
              c.template(),
              new TemplateOptions("<<", ">>", MissingKey.ERROR, Limits.DEFAULT),
              funcs);
      got = t.render(null);
    } catch (TemplateException e) {
      assertThat(e.getMessage()).as(c.template()).isEqualTo(c.wantError());
      return;
    }
    assertThat(c.wantError()).as("expected an error, got output " + got).isNull();
    assertThat(got).as(c.template()).isEqualTo(c.want());
  }
}

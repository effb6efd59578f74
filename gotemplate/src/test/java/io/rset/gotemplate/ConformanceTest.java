package io.rset.gotemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import io.rset.gotemplate.flux.FluxTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Runs every case of the conformance corpus (copied unchanged from shared/conformance/gotemplate)
 * through the engine set up as the Flux Operator sets it up. Expected values come from Go's own
 * text/template; a disagreement is an engine bug.
 */
class ConformanceTest {

  /** One case of a corpus file. */
  record Case(
      String file,
      String name,
      String template,
      List<String> delims,
      Map<String, Object> inputs,
      String want,
      String wantError,
      String wantErrorPrefix) {
    @Override
    public String toString() {
      return file + ":" + name;
    }
  }

  static Stream<Arguments> cases() throws IOException, URISyntaxException {
    URL dir = ConformanceTest.class.getResource("/conformance/gotemplate");
    List<Path> files;
    try (Stream<Path> s = Files.list(Path.of(dir.toURI()))) {
      files = s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    List<Arguments> all = new ArrayList<>();
    for (Path f : files) {
      for (Case c : load(f)) {
        all.add(Arguments.of(c));
      }
    }
    assertThat(all).hasSize(1154);
    return all.stream();
  }

  @SuppressWarnings("unchecked")
  static List<Case> load(Path file) throws IOException {
    Load load = new Load(LoadSettings.builder().build());
    List<Case> out = new ArrayList<>();
    try (InputStream in = Files.newInputStream(file)) {
      List<Map<String, Object>> raw = (List<Map<String, Object>>) load.loadFromInputStream(in);
      for (Map<String, Object> m : raw) {
        out.add(
            new Case(
                file.getFileName().toString(),
                (String) m.get("name"),
                (String) m.get("template"),
                (List<String>) m.get("delims"),
                m.containsKey("inputs")
                    ? (Map<String, Object>) FluxTemplates.toTemplateValue(m.get("inputs"))
                    : null,
                (String) m.get("want"),
                (String) m.get("wantError"),
                (String) m.get("wantErrorPrefix")));
      }
    }
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void matchesGo(Case c) {
    String output;
    try {
      Template t =
          FluxTemplates.parse(
              c.template(),
              c.delims() == null ? null : c.delims().get(0),
              c.delims() == null ? null : c.delims().get(1),
              Limits.DEFAULT);
      output = FluxTemplates.render(t, c.inputs());
    } catch (TemplateException e) {
      if (c.wantErrorPrefix() != null) {
        assertThat(e.getMessage()).as(c.toString()).startsWith(c.wantErrorPrefix());
      } else if (c.wantError() != null) {
        assertThat(e.getMessage()).as(c.toString()).isEqualTo(c.wantError());
      } else {
        fail(c + ": unexpected error: " + e.getMessage(), e);
      }
      return;
    }
    if (c.want() == null) {
      fail(
          "expected error "
              + (c.wantError() != null ? c.wantError() : c.wantErrorPrefix())
              + " but got output: "
              + output);
    }
    assertThat(output).as(c.toString()).isEqualTo(c.want());
  }
}

package io.rset.benchmarks;

import io.rset.gotemplate.flux.FluxTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The benchmark's fixtures, shared with the Go side ({@code gotmpl-oracle -bench}): the
 * HelmRepository + HelmRelease + Kustomization template of one platform release and the 40 input
 * sets of a 40-release platform.
 */
final class PlatformTemplates {
  static final String TEMPLATE = "platform-release.tmpl";
  static final String INPUTS = "platform-inputs-40.json";

  private PlatformTemplates() {}

  /** The text of a resource next to this class. */
  static String text(String name) {
    try (InputStream in = PlatformTemplates.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The input sets, typed as the Flux Operator types JSON inputs (int64, float64). */
  @SuppressWarnings("unchecked")
  static List<Map<String, Object>> inputSets() {
    Object json = new Load(LoadSettings.builder().build()).loadFromString(text(INPUTS));
    return (List<Map<String, Object>>) FluxTemplates.toTemplateValue(json);
  }
}

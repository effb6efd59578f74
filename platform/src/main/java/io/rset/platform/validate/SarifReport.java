package io.rset.platform.validate;

import io.rset.core.yaml.YamlWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 (OASIS): {@code tool.driver.rules} lists every {@link Rule} (id = code, name = rule
 * name, default level); each result carries {@code ruleId}, {@code ruleIndex}, {@code level}, the
 * message with the fix appended, and a physical location whose artifact URI is the file's relative
 * path (forward slashes, percent-encoded; a {@code file:} URI for an absolute path) and whose
 * region has 1-based {@code startLine}/{@code startColumn} when known.
 */
final class SarifReport {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/rset/rset/blob/main/docs/validate.md";

  private SarifReport() {}

  static String render(ValidationReport report, String toolVersion) {
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "rset");
    driver.put("version", toolVersion);
    driver.put("informationUri", INFORMATION_URI);
    List<Object> rules = new ArrayList<>();
    for (Rule r : Rule.values()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("id", r.code());
      m.put("name", r.id());
      m.put("shortDescription", text(r.description()));
      m.put("defaultConfiguration", Map.of("level", r.severity().label()));
      m.put("helpUri", INFORMATION_URI + "#" + r.code().toLowerCase(java.util.Locale.ROOT));
      rules.add(m);
    }
    driver.put("rules", rules);

    List<Object> results = new ArrayList<>();
    for (Finding f : report.findings()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("ruleId", f.rule().code());
      m.put("ruleIndex", (long) f.rule().ordinal());
      m.put("level", f.severity().label());
      m.put("message", text(messageWithFix(f)));
      if (f.file() != null) {
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", Map.of("uri", uri(f.file())));
        if (f.line() > 0) {
          Map<String, Object> region = new LinkedHashMap<>();
          region.put("startLine", (long) f.line());
          if (f.column() > 0) {
            region.put("startColumn", (long) f.column());
          }
          physical.put("region", region);
        }
        m.put("locations", List.of(Map.of("physicalLocation", physical)));
      }
      results.add(m);
    }

    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return YamlWriter.toRawJson(log) + "\n";
  }

  /** The message, then {@code Fix: ...} as a second sentence. */
  static String messageWithFix(Finding f) {
    if (f.fix().isEmpty()) {
      return f.message();
    }
    String m = f.message();
    return m + (m.endsWith(".") ? " " : ". ") + "Fix: " + f.fix();
  }

  private static Map<String, Object> text(String s) {
    return Map.of("text", s);
  }

  /** A relative URI reference for {@code file}: forward slashes, special characters encoded. */
  static String uri(Path file) {
    if (file.isAbsolute()) {
      return file.normalize().toUri().toASCIIString();
    }
    String path = file.normalize().toString().replace('\\', '/');
    if (!file.isAbsolute() && path.indexOf(':') >= 0) {
      path = "./" + path; // a colon in the first segment would read as a scheme
    }
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }
}

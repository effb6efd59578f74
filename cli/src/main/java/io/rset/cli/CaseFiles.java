package io.rset.cli;

import io.rset.gotemplate.flux.FluxTemplates;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Finds and loads case files (see the corpus README's "Case format"): a YAML sequence of mappings
 * with {@code name}, {@code template}, optional {@code delims} and {@code inputs}, and either
 * {@code want} or {@code wantError} / {@code wantErrorPrefix} (when both, the prefix is compared).
 */
final class CaseFiles {
  private static final Set<String> KEYS =
      Set.of("name", "template", "delims", "inputs", "want", "wantError", "wantErrorPrefix");

  private CaseFiles() {}

  /**
   * The case files a path stands for: the file itself, or every {@code *.yaml} / {@code *.yml} file
   * below a directory, sorted by path.
   *
   * @throws CliException when the path does not exist or a directory holds no case file
   */
  static List<Path> find(String path) {
    Path p = Path.of(path);
    if (Files.isRegularFile(p)) {
      return List.of(p);
    }
    if (!Files.isDirectory(p)) {
      throw new CliException(path + ": no such file or directory");
    }
    try (Stream<Path> s = Files.walk(p)) {
      List<Path> files =
          s.filter(Files::isRegularFile)
              .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
              .sorted()
              .toList();
      if (files.isEmpty()) {
        throw new CliException(path + ": no *.yaml case files found");
      }
      return files;
    } catch (IOException | UncheckedIOException e) {
      throw new CliException(path + ": cannot list directory: " + e.getMessage(), e);
    }
  }

  /**
   * Loads the cases of one file.
   *
   * @throws CliException naming the file (and line/column or case) when it is not a valid case file
   */
  static List<TemplateCase> load(Path file, InputStream stdin) {
    String name = file.toString();
    Object doc = YamlFiles.parse(YamlFiles.readText(name, stdin), name);
    if (doc == null) {
      return List.of();
    }
    if (!(doc instanceof List<?> entries)) {
      throw new CliException(
          name + ": a case file must be a sequence of cases, got " + Kinds.of(doc));
    }
    List<TemplateCase> cases = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      cases.add(toCase(name, i + 1, entries.get(i)));
    }
    return cases;
  }

  @SuppressWarnings("unchecked")
  private static TemplateCase toCase(String file, int index, Object entry) {
    String where = file + ": case " + index;
    if (!(entry instanceof Map<?, ?> raw)) {
      throw new CliException(where + ": must be a mapping, got " + Kinds.of(entry));
    }
    Map<String, Object> m = (Map<String, Object>) raw;
    for (Object key : m.keySet()) {
      if (!KEYS.contains(key)) {
        throw new CliException(where + ": unknown key '" + key + "'");
      }
    }
    String caseName = string(m, "name", where);
    if (caseName == null) {
      throw new CliException(where + ": missing 'name'");
    }
    where = file + ": case " + index + " (" + caseName + ")";
    String template = string(m, "template", where);
    if (template == null) {
      throw new CliException(where + ": missing 'template'");
    }
    String want = string(m, "want", where);
    String wantError = string(m, "wantError", where);
    String wantErrorPrefix = string(m, "wantErrorPrefix", where);
    // wantErrorPrefix may accompany wantError (the full text Go printed) and then wins.
    if ((want != null) == (wantError != null || wantErrorPrefix != null)) {
      throw new CliException(
          where + ": needs either 'want' or 'wantError' (optionally with 'wantErrorPrefix')");
    }
    String left = null;
    String right = null;
    if (m.get("delims") != null) {
      if (!(m.get("delims") instanceof List<?> d)
          || d.size() != 2
          || !(d.get(0) instanceof String)
          || !(d.get(1) instanceof String)) {
        throw new CliException(where + ": 'delims' must be a list of two strings");
      }
      left = (String) d.get(0);
      right = (String) d.get(1);
    }
    Map<String, Object> inputs = null;
    if (m.containsKey("inputs")) {
      Object in = m.get("inputs");
      if (in != null && !(in instanceof Map<?, ?>)) {
        throw new CliException(where + ": 'inputs' must be a mapping, got " + Kinds.of(in));
      }
      try {
        inputs = (Map<String, Object>) FluxTemplates.toTemplateValue(in);
      } catch (IllegalArgumentException e) {
        throw new CliException(where + ": 'inputs': " + e.getMessage(), e);
      }
    }
    return new TemplateCase(
        file, caseName, template, left, right, inputs, want, wantError, wantErrorPrefix);
  }

  private static String string(Map<String, Object> m, String key, String where) {
    Object v = m.get(key);
    if (v == null || v instanceof String) {
      return (String) v;
    }
    throw new CliException(
        where + ": '" + key + "' must be a string, got " + Kinds.of(v) + " (quote it)");
  }
}

package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Registers {@code charts/NAME.yaml} in the {@code platform-values} configMapGenerator of
 * kustomization.yaml, written like the entries already there: {@code charts/x.yaml} (key = file
 * name) or {@code x.yaml=charts/x.yaml} (explicit key) as most entries are, with {@code ./} when
 * most paths have it; at its sorted place when the entries are sorted (by text, else by key), else
 * at the end.
 */
final class ValuesRegistration {
  static final String FILE = "kustomization.yaml";
  static final String GENERATOR = "platform-values";

  private final PlatformFile file;
  private final int generator;
  private final List<String> entries = new ArrayList<>();

  ValuesRegistration(PlatformFile file) {
    this.file = file;
    Map<?, ?> root = root(file);
    int found = -1;
    if (root.get("configMapGenerator") instanceof List<?> gens) {
      for (int i = 0; i < gens.size(); i++) {
        if (gens.get(i) instanceof Map<?, ?> g && GENERATOR.equals(g.get("name"))) {
          found = i;
          if (g.get("files") instanceof List<?> files) {
            files.forEach(f -> entries.add(String.valueOf(f)));
          }
          break;
        }
      }
    }
    if (found < 0) {
      throw new EditException(FILE + ": no configMapGenerator named " + GENERATOR);
    }
    generator = found;
  }

  /** The kustomization's root mapping. */
  static Map<?, ?> root(PlatformFile file) {
    if (file.values().size() != 1 || !(file.values().get(0) instanceof Map<?, ?> m)) {
      throw new EditException(FILE + ": must be one YAML mapping");
    }
    return m;
  }

  /** The kustomization's {@code namespace}, or null. */
  static String namespace(PlatformFile file) {
    return root(file).get("namespace") instanceof String s ? s : null;
  }

  /**
   * The change registering {@code path} (relative, {@code charts/NAME.yaml}) under key {@code
   * NAME.yaml}; null when exactly that is registered already.
   *
   * @throws EditException when the key is registered for another file
   */
  FileChange register(String key, String path) {
    for (String e : entries) {
      if (keyOf(e).equals(key)) {
        if (normalise(pathOf(e)).equals(normalise(path))) {
          return null;
        }
        throw new EditException(
            FILE + ": key " + key + " of " + GENERATOR + " is already taken by \"" + e + "\"");
      }
    }
    int explicit = 0;
    int dotSlash = 0;
    for (String e : entries) {
      explicit += e.contains("=") ? 1 : 0;
      dotSlash += pathOf(e).startsWith("./") ? 1 : 0;
    }
    String p = dotSlash * 2 > entries.size() ? "./" + path : path;
    String entry = explicit * 2 > entries.size() ? key + "=" + p : p;
    Integer index = sortedIndex(entry, key);
    String after =
        ListEdit.add(
            file.doc(),
            0,
            List.<Object>of("configMapGenerator", generator, "files"),
            index,
            entry,
            List.of());
    return new FileChange(FILE, file.text(), after, "registered " + entry + " in " + GENERATOR);
  }

  /** The sorted place, or null to append (fewer than two entries, or not sorted). */
  private Integer sortedIndex(String entry, String key) {
    if (entries.size() < 2) {
      return null;
    }
    if (sorted(entries)) {
      return firstAfter(entries, entry);
    }
    List<String> keys = entries.stream().map(ValuesRegistration::keyOf).toList();
    if (sorted(keys)) {
      return firstAfter(keys, key);
    }
    return null;
  }

  private static boolean sorted(List<String> l) {
    for (int i = 1; i < l.size(); i++) {
      if (l.get(i - 1).compareTo(l.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private static int firstAfter(List<String> l, String s) {
    for (int i = 0; i < l.size(); i++) {
      if (l.get(i).compareTo(s) > 0) {
        return i;
      }
    }
    return l.size();
  }

  /** The ConfigMap key of a {@code files} entry: the part before {@code =}, else the file name. */
  static String keyOf(String entry) {
    int eq = entry.indexOf('=');
    if (eq >= 0) {
      return entry.substring(0, eq);
    }
    int slash = entry.lastIndexOf('/');
    return slash < 0 ? entry : entry.substring(slash + 1);
  }

  static String pathOf(String entry) {
    int eq = entry.indexOf('=');
    return eq < 0 ? entry : entry.substring(eq + 1);
  }

  private static String normalise(String path) {
    return path.startsWith("./") ? path.substring(2) : path;
  }
}

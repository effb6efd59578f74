package io.rset.platform.edit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code --config}: the input of config.yaml's ResourceSet (one Flux Kustomization per {@code
 * config/<name>/} directory) and the directory's kustomization.yaml. The input's fields follow the
 * existing inputs:
 *
 * <ul>
 *   <li>{@code name}: the release name;
 *   <li>{@code namespace} (when the inputs have one): the release's namespace when most inputs
 *       share their release's namespace, else the one value all inputs use, else the release's;
 *   <li>{@code path} (when the inputs have one): the common prefix of the inputs whose path ends
 *       with their name, plus the name; else {@code ./<dir from the repository root>/config/NAME};
 *   <li>{@code dependsOn}: {@code [NAME]} (or {@code [NAME<suffix>]}) when most inputs named like a
 *       release depend on that release (or a name made from it the same way), else empty (written
 *       only when the inputs write empty ones).
 * </ul>
 */
final class ConfigEntry {
  static final String FILE = "config.yaml";

  /** The scaffolded {@code config/NAME/kustomization.yaml}. */
  static final List<String> KUSTOMIZATION =
      List.of(
          "apiVersion: kustomize.config.k8s.io/v1beta1", "kind: Kustomization", "resources: []");

  private final PlatformFile file;
  private final ResourceSetDoc rs;

  ConfigEntry(PlatformFile file) {
    this.file = file;
    List<ResourceSetDoc> all = ResourceSetDoc.all(file);
    if (all.isEmpty()) {
      throw new EditException(FILE + ": has no ResourceSet to add the config entry to");
    }
    this.rs = all.get(0);
  }

  ResourceSetDoc resourceSet() {
    return rs;
  }

  /** Refuses a name an input already has. */
  void requireNew(String name) {
    for (Map<String, Object> in : rs.inputs()) {
      if (name.equals(in.get("name"))) {
        throw new EditException(
            rs.whereInput("name", name) + ": config \"" + name + "\" already exists");
      }
    }
  }

  /**
   * The change adding the input for release {@code name}.
   *
   * @param releases name → namespace of the releases in helm-charts.yaml
   */
  FileChange add(String name, String namespace, Map<String, String> releases, Path dir) {
    List<Map<String, Object>> inputs = rs.inputs();
    EntryStyle style = rs.inputStyle();
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("name", name);
    if (inputs.isEmpty() || style.seenKey("[]", "namespace")) {
      input.put("namespace", namespace(inputs, releases, namespace));
    }
    if (inputs.isEmpty() || style.seenKey("[]", "path")) {
      input.put("path", path(inputs, name, dir));
    }
    String suffix = dependencySuffix(inputs, releases);
    List<Object> deps =
        ResourceSetDoc.dependsOn(inputs, suffix == null ? List.of() : List.of(name + suffix));
    if (!deps.isEmpty()
        || style.seenEmpty("[]/dependsOn")
        || style.alwaysPresent("[]", "dependsOn")) {
      input.put("dependsOn", deps);
    }
    return new FileChange(FILE, file.text(), rs.withInput(input), "added config \"" + name + "\"");
  }

  private static String namespace(
      List<Map<String, Object>> inputs, Map<String, String> releases, String namespace) {
    int same = 0;
    int compared = 0;
    Tally<String> values = new Tally<>();
    for (Map<String, Object> in : inputs) {
      String ns = ResourceSetDoc.str(in, "namespace");
      String release = releases.get(ResourceSetDoc.str(in, "name"));
      if (ns == null) {
        continue;
      }
      values.add(ns);
      if (release != null) {
        compared++;
        same += release.equals(ns) ? 1 : 0;
      }
    }
    if (compared > 0 && same * 2 > compared) {
      return namespace;
    }
    String only = values.mostOr(null);
    return only != null && values.count(only) == values.total() && values.total() > 1
        ? only
        : namespace;
  }

  private static String path(List<Map<String, Object>> inputs, String name, Path dir) {
    Tally<String> prefixes = new Tally<>();
    for (Map<String, Object> in : inputs) {
      String p = ResourceSetDoc.str(in, "path");
      String n = ResourceSetDoc.str(in, "name");
      if (p == null || n == null) {
        continue;
      }
      String trimmed = p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
      if (trimmed.endsWith("/" + n)) {
        prefixes.add(trimmed.substring(0, trimmed.length() - n.length()));
      }
    }
    String prefix = prefixes.mostOr(null);
    if (prefix != null) {
      return prefix + name;
    }
    return "./" + fromRepositoryRoot(dir) + "config/" + name;
  }

  /** The directory relative to the enclosing git repository's root, ending in {@code /}; or "". */
  private static String fromRepositoryRoot(Path dir) {
    Path abs = dir.toAbsolutePath().normalize();
    for (Path p = abs; p != null; p = p.getParent()) {
      if (Files.exists(p.resolve(".git"))) {
        String rel = p.relativize(abs).toString().replace('\\', '/');
        return rel.isEmpty() ? "" : rel + "/";
      }
    }
    return "";
  }

  /**
   * What a config input depends on, learned from the inputs named like a release: when most of them
   * depend on a name made of their own name and a fixed suffix (the release itself, or the
   * Kustomization wrapping it, {@code <release>-helm}), that suffix; else null (no dependency).
   */
  private static String dependencySuffix(
      List<Map<String, Object>> inputs, Map<String, String> releases) {
    int named = 0;
    Tally<String> suffixes = new Tally<>();
    for (Map<String, Object> in : inputs) {
      String n = ResourceSetDoc.str(in, "name");
      if (n == null || !releases.containsKey(n)) {
        continue;
      }
      named++;
      for (String dep : ResourceSetDoc.dependencyNames(in)) {
        if (dep.startsWith(n)) {
          suffixes.add(dep.substring(n.length()));
          break;
        }
      }
    }
    String best = suffixes.mostOr(null);
    return best != null && suffixes.count(best) * 2 > named ? best : null;
  }
}

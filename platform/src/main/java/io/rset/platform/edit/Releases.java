package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The releases of helm-charts.yaml: the inputs of its ResourceSets, and the ResourceSet a new
 * release is added to (the first whose inputs have a {@code chart}, else the first).
 */
final class Releases {
  static final String FILE = "helm-charts.yaml";

  private final PlatformFile file;
  private final ResourceSetDoc target;
  private final Map<String, Map<String, Object>> byName = new LinkedHashMap<>();
  private final Map<String, ResourceSetDoc> owner = new LinkedHashMap<>();

  Releases(PlatformFile file) {
    this.file = file;
    List<ResourceSetDoc> all = ResourceSetDoc.all(file);
    if (all.isEmpty()) {
      throw new EditException(FILE + ": has no ResourceSet");
    }
    ResourceSetDoc chosen = null;
    for (ResourceSetDoc rs : all) {
      for (Map<String, Object> in : rs.inputs()) {
        if (ResourceSetDoc.str(in, "name") != null) {
          byName.putIfAbsent(ResourceSetDoc.str(in, "name"), in);
          owner.putIfAbsent(ResourceSetDoc.str(in, "name"), rs);
        }
        if (chosen == null && in.get("chart") instanceof Map<?, ?>) {
          chosen = rs;
        }
      }
    }
    target = chosen != null ? chosen : all.get(0);
    if (!target.inputs().isEmpty() && chosen == null) {
      throw new EditException(
          FILE
              + ": the inputs of ResourceSet "
              + target.name()
              + " have no chart mapping (name, namespace, chart.name, chart.version, chart.url);"
              + " add the release by hand");
    }
  }

  PlatformFile file() {
    return file;
  }

  ResourceSetDoc target() {
    return target;
  }

  /** The inputs of the ResourceSet the release is added to. */
  List<Map<String, Object>> inputs() {
    return target.inputs();
  }

  /** Release name → target namespace (null when the input has none). */
  Map<String, String> namespaces() {
    Map<String, String> out = new LinkedHashMap<>();
    byName.forEach((n, in) -> out.put(n, ResourceSetDoc.str(in, "namespace")));
    return out;
  }

  /** Refuses a name a release already has. */
  void requireNew(String name) {
    if (byName.containsKey(name)) {
      throw new EditException(
          owner.get(name).whereInput("name", name) + ": release \"" + name + "\" already exists");
    }
  }

  /**
   * Refuses dependencies on releases helm-charts.yaml does not define, each with the closest name
   * as a suggestion.
   */
  void requireKnown(List<String> dependencies) {
    List<String> problems = new ArrayList<>();
    for (String d : dependencies) {
      if (!byName.containsKey(d)) {
        Optional<String> close = Names.didYouMean(d, byName.keySet());
        problems.add("\"" + d + "\"" + close.map(c -> " (did you mean \"" + c + "\"?)").orElse(""));
      }
    }
    if (!problems.isEmpty()) {
      throw new EditException(
          (problems.size() == 1 ? "unknown dependency " : "unknown dependencies ")
              + String.join(", ", problems)
              + ": no release of that name in "
              + FILE
              + "; use --force to add it anyway");
    }
  }
}

package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The namespaces a release may target: those namespaces.yaml creates (the Namespace objects its
 * ResourceSets render, and plain Namespace documents), the namespace the platform itself is applied
 * to (the kustomization's {@code namespace}) and the ones every cluster has. With {@code
 * --create-namespace}, adds a missing one as a new input of the namespaces ResourceSet.
 */
final class Namespaces {
  static final String FILE = "namespaces.yaml";

  /** Namespaces that exist in every cluster. */
  static final Set<String> BUILT_IN =
      Set.of("default", "kube-system", "kube-public", "kube-node-lease");

  private final PlatformFile file;
  private final BuildCheck builds;
  private final Set<String> known = new LinkedHashSet<>();
  private ResourceSetDoc creator;

  /**
   * @param file namespaces.yaml, or null when the directory has none
   * @param platformNamespace the kustomization's namespace, or null
   */
  Namespaces(PlatformFile file, BuildCheck builds, String platformNamespace) {
    this.file = file;
    this.builds = builds;
    known.addAll(BUILT_IN);
    if (platformNamespace != null) {
      known.add(platformNamespace);
    }
    if (file == null) {
      return;
    }
    for (int i = 0; i < file.values().size(); i++) {
      if (file.values().get(i) instanceof Map<?, ?> m
          && "Namespace".equals(m.get("kind"))
          && m.get("metadata") instanceof Map<?, ?> md
          && md.get("name") instanceof String n) {
        known.add(n);
      }
    }
    for (ResourceSetDoc rs : ResourceSetDoc.all(file)) {
      BuildCheck.Outcome o = builds.build(file.doc(), rs.node());
      if (o.failure() != null) {
        throw new EditException(
            FILE
                + " does not build, so the namespace cannot be checked: "
                + o.failure().describe());
      }
      if (!o.namespaces().isEmpty() && creator == null) {
        creator = rs;
      }
      known.addAll(o.namespaces());
    }
  }

  boolean exists(String namespace) {
    return known.contains(namespace);
  }

  /** The message refusing a namespace that is not created anywhere. */
  EditException missing(String namespace) {
    Optional<String> close = Names.didYouMean(namespace, known);
    String where = file == null ? " (the directory has no " + FILE + ")" : "";
    return new EditException(
        "namespace \""
            + namespace
            + "\" is not created by "
            + FILE
            + where
            + close.map(c -> " (did you mean \"" + c + "\"?)").orElse("")
            + (file == null ? "" : "; add --create-namespace to add it there"));
  }

  /**
   * The change adding {@code namespace} to the ResourceSet that creates the other namespaces, as an
   * input holding its name (under the key the other inputs use for it) followed by {@code extra}.
   * The edited file must still build and now render the namespace.
   */
  FileChange create(String namespace, Map<String, Object> extra) {
    if (file == null) {
      throw new EditException(
          "cannot add namespace \"" + namespace + "\": the directory has no " + FILE);
    }
    ResourceSetDoc rs = creator;
    if (rs == null) {
      List<ResourceSetDoc> all = ResourceSetDoc.all(file);
      if (all.isEmpty()) {
        throw new EditException(
            FILE + ": has no ResourceSet to add namespace \"" + namespace + "\" to");
      }
      rs = all.get(0);
    }
    String key = nameKey(rs);
    Map<String, Object> input = new LinkedHashMap<>();
    input.put(key, namespace);
    extra.forEach((k, v) -> input.putIfAbsent(k, v));
    String after = rs.withInput(input);
    TextDoc afterDoc = new TextDoc(file.name(), after);
    Node afterRoot = YamlTree.read(afterDoc).get(rs.index());
    try {
      builds.requireStillBuilds(file.doc(), rs.node(), afterDoc, afterRoot);
    } catch (EditException e) {
      String message = e.getMessage();
      throw new EditException(
          message + (message.endsWith("\n") ? "" : "\n") + "  fix: " + hint(rs, input), e);
    }
    BuildCheck.Outcome o = builds.build(afterDoc, afterRoot);
    if (o.failure() != null || !o.namespaces().contains(namespace)) {
      throw new EditException(
          FILE
              + ": an input with "
              + describe(input)
              + " does not render Namespace \""
              + namespace
              + "\""
              + (o.failure() == null ? "" : ": " + o.failure().describe())
              + "; "
              + hint(rs, input));
    }
    return new FileChange(file.name(), file.text(), after, "added namespace \"" + namespace + "\"");
  }

  private static String describe(Map<String, Object> input) {
    List<String> parts = new ArrayList<>();
    input.forEach((k, v) -> parts.add(k + ": " + v));
    return (input.size() == 1 ? "only " : "") + String.join(", ", parts);
  }

  /**
   * How to fix a new input that does not render: the keys every other input sets and this one
   * lacks, with the values they use, as {@code --namespace-input} flags; else by hand.
   */
  private static String hint(ResourceSetDoc rs, Map<String, Object> input) {
    List<Map<String, Object>> inputs = rs.inputs();
    List<String> flags = new ArrayList<>();
    if (!inputs.isEmpty()) {
      for (String key : inputs.get(0).keySet()) {
        if (input.containsKey(key) || !inputs.stream().allMatch(in -> in.containsKey(key))) {
          continue;
        }
        Set<String> seen = new java.util.TreeSet<>();
        inputs.forEach(in -> seen.add(String.valueOf(in.get(key))));
        flags.add(
            "--namespace-input "
                + key
                + "=VALUE (the other inputs use "
                + String.join(", ", seen)
                + ")");
      }
    }
    if (flags.isEmpty()) {
      return "add the namespace to " + FILE + " by hand";
    }
    return "every other input sets "
        + (flags.size() == 1 ? "this key" : "these keys")
        + ": add "
        + String.join(" and ", flags);
  }

  /** The input key holding the namespace name: {@code name}, else {@code namespace}. */
  private static String nameKey(ResourceSetDoc rs) {
    List<Map<String, Object>> inputs = rs.inputs();
    for (String key : List.of("name", "namespace")) {
      if (inputs.stream().allMatch(in -> in.get(key) instanceof String)) {
        return key;
      }
    }
    List<String> keys = new ArrayList<>();
    inputs.forEach(in -> keys.addAll(in.keySet()));
    throw new EditException(
        FILE
            + ": cannot tell which input key names the namespace (inputs use "
            + new LinkedHashSet<>(keys)
            + "); add the namespace by hand");
  }
}

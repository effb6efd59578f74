package io.rset.platform.validate;

import io.rset.core.graph.DependencyGraph;
import io.rset.core.graph.FluxDependencies;
import io.rset.core.graph.NodeId;
import io.rset.core.model.ManifestException;
import io.rset.core.model.ManifestReader;
import io.rset.core.model.ReadMode;
import io.rset.core.model.ResourceSetInputProvider;
import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlWriter;
import io.rset.platform.build.Origin;
import io.rset.platform.build.PlatformBuildResult;
import io.rset.platform.build.PlatformObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the checks share: the build of the first vars set, every vars set, the dependency
 * graph, and cached source files for positions. Not thread-safe; one per validation.
 */
final class ValidationContext {
  private final Path dir;
  private final PlatformBuildResult build;
  private final List<VarsSet> varsSets;
  private final DependencyGraph graph;
  private final Map<NodeId, PlatformObject> byId = new HashMap<>();
  private final Map<Path, Optional<SourceFile>> sources = new HashMap<>();
  private final List<Path> providerFiles;
  private List<ResourceSetInputProvider> providers;

  ValidationContext(
      Path dir, PlatformBuildResult build, List<VarsSet> varsSets, List<Path> providerFiles) {
    this.dir = dir;
    this.providerFiles =
        providerFiles != null
            ? providerFiles
            : java.nio.file.Files.isRegularFile(dir.resolve(".static-provider.yaml"))
                ? List.of(dir.resolve(".static-provider.yaml"))
                : List.of();
    this.build = build;
    this.varsSets = List.copyOf(varsSets);
    this.graph = DependencyGraph.of(build.plainObjects());
    for (PlatformObject o : build.objects()) {
      byId.putIfAbsent(FluxDependencies.idOf(o.object()), o);
    }
  }

  Path dir() {
    return dir;
  }

  PlatformBuildResult build() {
    return build;
  }

  List<VarsSet> varsSets() {
    return varsSets;
  }

  DependencyGraph graph() {
    return graph;
  }

  List<PlatformObject> objects() {
    return build.objects();
  }

  /** The first object of the build with this identity, or null. */
  PlatformObject object(NodeId id) {
    return byId.get(id);
  }

  /**
   * The ResourceSetInputProviders available offline: those of the provider files (or the
   * conventional {@code .static-provider.yaml}) and those of the build. Unreadable ones are left
   * out (the build reports them).
   */
  List<ResourceSetInputProvider> providers() {
    if (providers == null) {
      List<ResourceSetInputProvider> out = new java.util.ArrayList<>();
      for (Path p : providerFiles) {
        SourceFile f = source(p);
        for (YamlNode doc : f == null ? List.<YamlNode>of() : f.documents()) {
          if (ResourceSetInputProvider.KIND.equals(SourceFile.scalar(doc, "kind"))) {
            readProvider(doc, out);
          }
        }
      }
      for (PlatformObject o : build.objects()) {
        if (ResourceSetInputProvider.KIND.equals(o.object().get("kind"))
            && ResourceSetInputProvider.API_VERSION.equals(o.object().get("apiVersion"))) {
          try {
            readProvider(
                new YamlReader().readSingle("provider", YamlWriter.toYaml(o.object())), out);
          } catch (YamlException | IllegalArgumentException e) {
            // not readable: the build reports it
          }
        }
      }
      providers = List.copyOf(out);
    }
    return providers;
  }

  private static void readProvider(YamlNode doc, List<ResourceSetInputProvider> out) {
    try {
      out.add(ManifestReader.readInputProvider(doc, ReadMode.CLI));
    } catch (ManifestException e) {
      // not readable: the build reports it
    }
  }

  /** The file's text, cached; null when it cannot be read. */
  SourceFile source(Path file) {
    if (file == null) {
      return null;
    }
    return sources
        .computeIfAbsent(
            file.normalize(),
            f -> {
              try {
                return Optional.of(
                    new SourceFile(file, Files.readString(f, StandardCharsets.UTF_8)));
              } catch (IOException | RuntimeException e) {
                return Optional.empty();
              }
            })
        .orElse(null);
  }

  /** Where the object is written: its origin. */
  static Location origin(PlatformObject o) {
    Origin g = o.origin();
    return g == null ? Location.NONE : new Location(g.file(), g.line(), g.column());
  }

  /**
   * The most precise place for a field of {@code o}: for an object read from a file, the key (or
   * item) at {@code path} in its document; for an object a ResourceSet rendered, the input set that
   * produced it (see {@link #inputLocation}). Falls back to the origin.
   */
  Location locate(PlatformObject o, Object... path) {
    Origin g = o.origin();
    if (g == null || g.file() == null) {
      return Location.NONE;
    }
    if (g.resourceSet() != null) {
      return inputLocation(g, null);
    }
    SourceFile f = source(g.file());
    if (f == null) {
      return origin(o);
    }
    Map<String, Object> meta = map(o.object().get("metadata"));
    YamlMap doc =
        f.document(
            String.valueOf(o.object().get("kind")), String.valueOf(meta.get("name")), g.line());
    if (doc == null) {
      return origin(o);
    }
    return locateIn(f, doc, path);
  }

  /** The key or item at {@code path} below {@code node}: the deepest part that exists. */
  static Location locateIn(SourceFile f, YamlNode node, Object... path) {
    YamlNode n = node;
    Location at = f.at(node);
    for (Object p : path) {
      YamlNode next = SourceFile.get(n, p);
      if (next == null) {
        break;
      }
      at = n instanceof YamlMap m && p instanceof String k ? f.keyAt(m, k) : f.at(next);
      n = next;
    }
    return at;
  }

  /**
   * The input set of a rendered object's origin in its ResourceSet's {@code spec.inputs}: the key
   * {@code inputKey} of that input when given and present, else the input itself; the ResourceSet
   * when the input is not inline (providers).
   */
  Location inputLocation(Origin g, String inputKey) {
    SourceFile f = source(g.file());
    Location fallback = new Location(g.file(), g.line(), g.column());
    if (f == null || g.resourceSet() == null) {
      return fallback;
    }
    String name = g.resourceSet().substring(g.resourceSet().indexOf('/') + 1);
    YamlMap doc = f.document("ResourceSet", name, g.line());
    if (doc == null) {
      return fallback;
    }
    if (g.inputIndex() == null
        || !(SourceFile.get(doc, "spec", "inputs", g.inputIndex()) instanceof YamlMap input)) {
      return f.at(doc);
    }
    return inputKey != null && input.entries().containsKey(inputKey)
        ? f.keyAt(input, inputKey)
        : f.at(input);
  }

  /**
   * The first key of a rendered object's input set (searched depth-first) whose scalar value is
   * {@code value}; falls back to {@link #inputLocation}.
   */
  Location inputValueLocation(Origin g, String value) {
    Location at = inputLocation(g, null);
    SourceFile f = source(g.file());
    if (f == null || g.inputIndex() == null || g.resourceSet() == null) {
      return at;
    }
    String name = g.resourceSet().substring(g.resourceSet().indexOf('/') + 1);
    YamlMap doc = f.document("ResourceSet", name, g.line());
    YamlNode input = SourceFile.get(doc, "spec", "inputs", g.inputIndex());
    java.util.Deque<YamlNode> todo = new java.util.ArrayDeque<>();
    if (input != null) {
      todo.push(input);
    }
    while (!todo.isEmpty()) {
      YamlNode n = todo.pop();
      if (n instanceof YamlMap m) {
        List<Map.Entry<String, YamlNode>> entries =
            new java.util.ArrayList<>(m.entries().entrySet());
        for (int i = entries.size() - 1; i >= 0; i--) {
          Map.Entry<String, YamlNode> e = entries.get(i);
          if (e.getValue() instanceof io.rset.core.yaml.YamlScalar sc && value.equals(sc.value())) {
            return f.keyAt(m, e.getKey());
          }
        }
        for (int i = entries.size() - 1; i >= 0; i--) {
          todo.push(entries.get(i).getValue());
        }
      } else if (n instanceof io.rset.core.yaml.YamlSeq seq) {
        for (int i = seq.items().size() - 1; i >= 0; i--) {
          todo.push(seq.items().get(i));
        }
      }
    }
    return at;
  }

  /**
   * The item of list {@code inputKey} of a rendered object's input set that equals {@code value} (a
   * scalar, or a mapping whose {@code name} is {@code value}); falls back to {@link
   * #inputLocation}.
   */
  Location inputItemLocation(Origin g, String inputKey, String value) {
    Location at = inputLocation(g, inputKey);
    SourceFile f = source(g.file());
    if (f == null || g.inputIndex() == null || g.resourceSet() == null) {
      return at;
    }
    String name = g.resourceSet().substring(g.resourceSet().indexOf('/') + 1);
    YamlMap doc = f.document("ResourceSet", name, g.line());
    if (SourceFile.get(doc, "spec", "inputs", g.inputIndex(), inputKey)
        instanceof io.rset.core.yaml.YamlSeq seq) {
      for (YamlNode item : seq.items()) {
        if (item instanceof io.rset.core.yaml.YamlScalar sc && value.equals(sc.value())
            || value.equals(SourceFile.scalar(item, "name"))) {
          return f.at(item);
        }
      }
    }
    return at;
  }

  /**
   * {@code Kind/namespace/name}, followed for a rendered object by {@code (ResourceSet ns/name,
   * input "x")}.
   */
  static String describe(PlatformObject o) {
    String id = FluxDependencies.idOf(o.object()).toString();
    Origin g = o.origin();
    if (g == null || g.resourceSet() == null) {
      return id;
    }
    StringBuilder b = new StringBuilder(id).append(" (ResourceSet ").append(g.resourceSet());
    if (g.inputName() != null) {
      b.append(", input \"").append(g.inputName()).append('"');
    } else if (g.inputIndex() != null) {
      b.append(", input set #").append(g.inputIndex());
    }
    return b.append(')').toString();
  }

  /** The path of {@code file} as the user would write it: relative to the platform directory. */
  String relative(Path file) {
    try {
      Path rel = dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize());
      return rel.toString().isEmpty() ? "." : rel.toString();
    } catch (IllegalArgumentException e) {
      return file.toString();
    }
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
  }

  @SuppressWarnings("unchecked")
  static List<Object> list(Object o) {
    return o instanceof List<?> l ? (List<Object>) l : List.of();
  }

  static String string(Object o) {
    return o instanceof String s ? s : "";
  }

  /** The string at a path of keys in a plain object, or empty. */
  static String string(Map<String, Object> o, String... path) {
    Object v = o;
    for (String k : path) {
      v = map(v).get(k);
    }
    return string(v);
  }
}

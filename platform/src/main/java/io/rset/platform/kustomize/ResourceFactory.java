package io.rset.platform.kustomize;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * kustomize's resource factory: the documents of a file become resources after its checks (a {@code
 * kind}, and a {@code metadata.name} unless the kind ends in {@code List}); a {@code *List} with
 * {@code items} is replaced by its items (which go through JSON, as in kustomize).
 */
final class ResourceFactory {
  private ResourceFactory() {}

  static List<Res> fromBytes(KyamlReader reader, Path file, byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    List<KyamlReader.Doc> docs = reader.read(file, text);
    Deque<KyamlReader.Doc> todo = new ArrayDeque<>();
    for (KyamlReader.Doc d : docs) {
      if (!KNode.isNilOrEmpty(d.root())) {
        validate(file, d.root());
        todo.add(d);
      }
    }
    List<Res> out = new ArrayList<>();
    while (!todo.isEmpty()) {
      KyamlReader.Doc d = todo.poll();
      KNode n = d.root();
      String kind = Resources.kind(n);
      if (!kind.endsWith("List")) {
        out.add(new Res(n, file, d.line(), d.column()));
        continue;
      }
      KNode items = n.field("items");
      if (items == null) {
        out.add(new Res(n, file, d.line(), d.column()));
        continue;
      }
      if (items.isTaggedNull()) {
        continue;
      }
      if (!items.isSeq()) {
        throw new KustomizeException(
            "expected array in " + kind + "/items", file, items.line, items.column);
      }
      List<KyamlReader.Doc> inner = new ArrayList<>();
      for (KNode item : items.content) {
        if (KNode.isNilOrEmpty(item)) {
          continue;
        }
        KNode converted;
        try {
          Object v = NodeJson.toValue(item, false);
          if (!(v instanceof Map<?, ?>)) {
            throw new KustomizeException(
                "list item of " + kind + " is not an object", file, item.line, item.column);
          }
          converted = NodeJson.fromValue(v);
        } catch (NodeJson.ConversionException e) {
          throw new KustomizeException(e.getMessage(), file, e.node.line, e.node.column);
        }
        converted.line = item.line;
        converted.column = item.column;
        validate(file, converted);
        inner.add(new KyamlReader.Doc(converted, item.line, item.column));
      }
      todo.addAll(inner);
    }
    return out;
  }

  /** GetValidatedMetadata. */
  private static void validate(Path file, KNode n) {
    if (!n.isMap()) {
      throw new KustomizeException("missing Resource metadata", file, n.line, n.column);
    }
    String kind = Resources.kind(n);
    if (kind.isEmpty()) {
      throw new KustomizeException(
          "missing kind in object (every resource needs apiVersion, kind and metadata.name)",
          file,
          n.line,
          n.column);
    }
    if (!kind.endsWith("List") && Resources.name(n).isEmpty()) {
      throw new KustomizeException(
          "missing metadata.name in object of kind " + kind, file, n.line, n.column);
    }
  }
}

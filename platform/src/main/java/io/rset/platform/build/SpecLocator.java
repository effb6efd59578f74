package io.rset.platform.build;

import io.rset.core.yaml.Position;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlSeq;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds where a field of a built object is written: the object's document in its source file is
 * read again with positions and followed along a path of keys and indexes. Objects a ResourceSet
 * rendered, and paths the document does not have, give the deepest place found (at worst the
 * object's own origin).
 */
final class SpecLocator {
  private final YamlReader yaml = new YamlReader();
  private final Map<Path, List<YamlNode>> documents = new HashMap<>();

  /**
   * The place of {@code path} (String keys, Integer indexes) in the object at {@code origin}: the
   * key of the last key found, or the item of the last index found.
   */
  Origin locate(Origin origin, Object... path) {
    if (origin == null || origin.file() == null || origin.resourceSet() != null) {
      return origin;
    }
    YamlNode doc = document(origin);
    if (doc == null) {
      return origin;
    }
    YamlNode n = doc;
    Position at = null;
    for (Object p : path) {
      if (p instanceof String k && n instanceof YamlMap m && m.entries().containsKey(k)) {
        at = m.keyPositions().get(k);
        n = m.entries().get(k);
      } else if (p instanceof Integer i
          && n instanceof YamlSeq s
          && i >= 0
          && i < s.items().size()) {
        n = s.items().get(i);
        at = n.pos();
      } else {
        break;
      }
    }
    return at == null ? origin : Origin.file(origin.file(), at.line(), at.column());
  }

  /** The 1-based line where the value at {@code path} starts, 0 when not found. */
  int valueLine(Origin origin, Object... path) {
    if (origin == null || origin.file() == null || origin.resourceSet() != null) {
      return 0;
    }
    YamlNode n = document(origin);
    for (Object p : path) {
      if (p instanceof String k && n instanceof YamlMap m) {
        n = m.entries().get(k);
      } else if (p instanceof Integer i
          && n instanceof YamlSeq s
          && i >= 0
          && i < s.items().size()) {
        n = s.items().get(i);
      } else {
        return 0;
      }
    }
    return n == null ? 0 : n.pos().line();
  }

  /** The document starting at the origin's line (or the last one before it). */
  private YamlNode document(Origin origin) {
    YamlNode best = null;
    for (YamlNode d : documents.computeIfAbsent(origin.file(), this::read)) {
      if (d.pos().line() <= origin.line()) {
        best = d;
      }
    }
    return best;
  }

  private List<YamlNode> read(Path file) {
    try {
      return yaml.readKubernetesDocuments(
          file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException | RuntimeException e) {
      return List.of();
    }
  }
}

package io.rset.platform.validate;

import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A file's text with line starts (for offset → line:column) and its YAML documents read lazily with
 * positions. Columns are 1-based UTF-16 characters.
 */
final class SourceFile {
  private final Path path;
  private final String text;
  private final int[] lineStarts;
  private List<YamlNode> documents;

  SourceFile(Path path, String text) {
    this.path = path;
    this.text = text;
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    this.lineStarts = Arrays.copyOf(starts, n);
  }

  Path path() {
    return path;
  }

  String text() {
    return text;
  }

  /** The location of character {@code offset}. */
  Location at(int offset) {
    int i = Arrays.binarySearch(lineStarts, offset);
    int line = i >= 0 ? i : -i - 2;
    return new Location(path, line + 1, offset - lineStarts[line] + 1);
  }

  /** The character offset of 1-based {@code line}:{@code column}, clamped to the text. */
  int offset(int line, int column) {
    if (line < 1) {
      return 0;
    }
    if (line > lineStarts.length) {
      return text.length();
    }
    return Math.min(text.length(), lineStarts[line - 1] + Math.max(0, column - 1));
  }

  /** The text of 1-based {@code line} without its line break. */
  String line(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    String s = text.substring(start, end);
    return s.replaceAll("\r?\n$", "");
  }

  /** The Kubernetes-style documents of the file; empty when it is not valid YAML. */
  List<YamlNode> documents() {
    if (documents == null) {
      try {
        documents = new YamlReader().readKubernetesDocuments(path.toString(), text);
      } catch (YamlException e) {
        documents = List.of();
      }
    }
    return documents;
  }

  /**
   * The document (a mapping) of the object with this kind and name; when several match, the one
   * starting nearest before {@code line}. Null when none.
   */
  YamlMap document(String kind, String name, int line) {
    YamlMap best = null;
    for (YamlNode d : documents()) {
      if (d instanceof YamlMap m
          && kind.equals(scalar(m, "kind"))
          && name.equals(scalar(get(m, "metadata"), "name"))
          && (best == null || m.pos().line() <= line)) {
        best = m;
      }
    }
    return best;
  }

  /** The node at a path of keys (String) and indexes (Integer), or null. */
  static YamlNode get(YamlNode node, Object... path) {
    YamlNode n = node;
    for (Object p : path) {
      if (p instanceof String k && n instanceof YamlMap m) {
        n = m.entries().get(k);
      } else if (p instanceof Integer i && n instanceof io.rset.core.yaml.YamlSeq s) {
        n = i >= 0 && i < s.items().size() ? s.items().get(i) : null;
      } else {
        return null;
      }
      if (n == null) {
        return null;
      }
    }
    return n;
  }

  /** The string value of a scalar child, or null. */
  static String scalar(YamlNode node, String key) {
    return get(node, key) instanceof YamlScalar s && s.value() instanceof String v ? v : null;
  }

  /** The location of a node of this file. */
  Location at(YamlNode node) {
    return new Location(path, node.pos().line(), node.pos().column());
  }

  /** The location of key {@code key} of mapping {@code map}, or of the mapping without it. */
  Location keyAt(YamlMap map, String key) {
    io.rset.core.yaml.Position p = map.keyPositions().get(key);
    return p == null ? at(map) : new Location(path, p.line(), p.column());
  }

  /** Every offset where {@code needle} occurs at or after {@code from}. */
  List<Integer> find(String needle, int from) {
    List<Integer> out = new ArrayList<>();
    for (int i = text.indexOf(needle, from); i >= 0; i = text.indexOf(needle, i + 1)) {
      out.add(i);
    }
    return out;
  }
}

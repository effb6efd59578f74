package io.rset.platform.edit;

import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Checks an edited YAML text before it is written: read the way Flux reads it (core's {@link
 * YamlReader}: go-yaml rules, duplicate keys rejected), it must equal the original with exactly the
 * new item inserted, so nothing else changed meaning.
 */
final class EditCheck {
  private static final YamlReader READER = new YamlReader();

  private EditCheck() {}

  /**
   * The documents of {@code text} as plain values.
   *
   * @throws EditException with the reader's {@code file:line:col: message}
   */
  static List<Object> read(String file, String text) {
    try {
      List<Object> out = new ArrayList<>();
      for (YamlNode n : READER.readDocuments(file, text)) {
        out.add(n.toValue());
      }
      return out;
    } catch (YamlException e) {
      throw new EditException(e.getMessage(), e);
    }
  }

  /**
   * Asserts that {@code after} reads as {@code before} with {@code item} inserted at {@code index}
   * of the list at {@code path} (mapping keys from the document root) of document {@code document};
   * a missing or null list counts as empty.
   *
   * @throws EditException when it does not (a bug: the edit is refused rather than written)
   */
  static void listInsertion(
      String file,
      String before,
      String after,
      int document,
      List<?> path,
      int index,
      Object item) {
    List<Object> expected = read(file, before);
    List<Object> actual;
    try {
      actual = read(file, after);
    } catch (EditException e) {
      throw internal(file, "the edited file does not read back: " + e.getMessage());
    }
    insertAt(expected, document, path, index, item);
    if (!expected.equals(actual)) {
      throw internal(file, "the edited file does not read back as the original plus the new entry");
    }
  }

  /** Applies the expected insertion to plain values (the path must lead to a mapping). */
  @SuppressWarnings("unchecked")
  static void insertAt(List<Object> docs, int document, List<?> path, int index, Object item) {
    Object cur = docs.get(document);
    for (int i = 0; i < path.size() - 1; i++) {
      cur =
          path.get(i) instanceof Integer k
              ? ((List<Object>) cur).get(k)
              : ((Map<String, Object>) cur).get((String) path.get(i));
    }
    Map<String, Object> parent = (Map<String, Object>) cur;
    String key = (String) path.get(path.size() - 1);
    Object list = parent.get(key);
    if (list == null) {
      List<Object> fresh = new ArrayList<>();
      fresh.add(item);
      parent.put(key, fresh);
    } else {
      ((List<Object>) list).add(index, item);
    }
  }

  private static EditException internal(String file, String what) {
    return new EditException(
        "internal error: " + file + ": " + what + "; nothing was written (please report this)");
  }
}

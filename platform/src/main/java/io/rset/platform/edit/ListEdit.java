package io.rset.platform.edit;

import java.util.List;

/**
 * Adds one item to a list found by key path in one document of a YAML text: finds it ({@link
 * YamlTree}), splices the item in ({@link ListInsert}) and checks the result ({@link EditCheck}).
 */
final class ListEdit {
  private ListEdit() {}

  /**
   * The text with {@code item} added.
   *
   * @param document index of the document in the stream
   * @param path from the document root to the list: mapping keys (String) and list indices
   *     (Integer); all but the last step must exist and the last is a key
   * @param index where to insert; null appends
   * @param beforeKeys where a missing list key goes (see {@link ListInsert#insert})
   * @throws EditException when the path does not lead to a mapping or the edit is not possible
   */
  static String add(
      TextDoc doc,
      int document,
      List<?> path,
      Integer index,
      Object item,
      List<String> beforeKeys) {
    List<Node> docs = YamlTree.read(doc);
    Node.Map parent = mapAt(doc, docs.get(document), path.subList(0, path.size() - 1));
    String key = (String) path.get(path.size() - 1);
    int size = parent.get(key) instanceof Node.Seq q ? q.items().size() : 0;
    int at = index == null ? size : index;
    List<Splice> splices =
        new ListInsert(doc, Layout.of(doc, docs)).insert(parent, key, at, item, beforeKeys);
    String after = Splice.apply(doc.text(), splices);
    EditCheck.listInsertion(doc.name(), doc.text(), after, document, path, at, item);
    return after;
  }

  /**
   * How the items of the list at {@code path} are written; when the list is missing or empty only
   * the file's layout counts.
   */
  static EntryStyle style(TextDoc doc, int document, List<?> path) {
    List<Node> docs = YamlTree.read(doc);
    Node.Map parent = mapAt(doc, docs.get(document), path.subList(0, path.size() - 1));
    Node.Seq list = parent.get((String) path.get(path.size() - 1)) instanceof Node.Seq q ? q : null;
    return EntryStyle.of(doc, list, Layout.of(doc, docs));
  }

  /** The mapping at {@code path} (keys and indices) below {@code root}. */
  static Node.Map mapAt(TextDoc doc, Node root, List<?> path) {
    Node cur = root;
    StringBuilder walked = new StringBuilder();
    for (Object step : path) {
      Node next;
      if (step instanceof Integer i) {
        walked.append('[').append(i).append(']');
        next = cur instanceof Node.Seq q && i < q.items().size() ? q.items().get(i) : null;
      } else {
        if (!(cur instanceof Node.Map m)) {
          throw notMap(doc, cur, walked);
        }
        walked.append(walked.length() == 0 ? "" : ".").append(step);
        requireUnique(doc, m, (String) step);
        next = m.get((String) step);
      }
      if (next == null) {
        throw new EditException(
            doc.where(cur.start().line(), cur.start().column()) + ": no " + walked + " here");
      }
      cur = next;
    }
    if (!(cur instanceof Node.Map m)) {
      throw notMap(doc, cur, walked);
    }
    return m;
  }

  /**
   * Refuses a mapping that has {@code key} twice: readers disagree on which one counts (the first
   * for some, the last for go-yaml, an error for Flux's strict decoder).
   */
  static void requireUnique(TextDoc doc, Node.Map m, String key) {
    List<Node.Entry> all = m.entries(key);
    if (all.size() > 1) {
      Node.Pos at = all.get(1).key().start();
      throw new EditException(
          doc.where(at.line(), at.column())
              + ": duplicate key \""
              + key
              + "\" in this mapping; remove one before adding to it");
    }
  }

  private static EditException notMap(TextDoc doc, Node n, CharSequence path) {
    return new EditException(
        doc.where(n.start().line(), n.start().column())
            + ": "
            + (path.length() == 0 ? "the document" : path)
            + " is not a mapping");
  }
}

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
   * @param path mapping keys from the document root to the list; all but the last must exist
   * @param index where to insert; null appends
   * @param beforeKeys where a missing list key goes (see {@link ListInsert#insert})
   * @throws EditException when the path does not lead to a mapping or the edit is not possible
   */
  static String add(
      TextDoc doc,
      int document,
      List<String> path,
      Integer index,
      Object item,
      List<String> beforeKeys) {
    List<Node> docs = YamlTree.read(doc);
    Node.Map parent = mapAt(doc, docs.get(document), path.subList(0, path.size() - 1));
    String key = path.get(path.size() - 1);
    int size = parent.get(key) instanceof Node.Seq q ? q.items().size() : 0;
    int at = index == null ? size : index;
    List<Splice> splices =
        new ListInsert(doc, Layout.of(doc, docs)).insert(parent, key, at, item, beforeKeys);
    String after = Splice.apply(doc.text(), splices);
    EditCheck.listInsertion(doc.name(), doc.text(), after, document, path, at, item);
    return after;
  }

  /** The mapping at {@code path} below {@code root}. */
  static Node.Map mapAt(TextDoc doc, Node root, List<String> path) {
    Node cur = root;
    StringBuilder walked = new StringBuilder();
    for (String k : path) {
      if (!(cur instanceof Node.Map m)) {
        throw notMap(doc, cur, walked);
      }
      Node next = m.get(k);
      walked.append(walked.length() == 0 ? "" : ".").append(k);
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

  private static EditException notMap(TextDoc doc, Node n, CharSequence path) {
    return new EditException(
        doc.where(n.start().line(), n.start().column())
            + ": "
            + (path.length() == 0 ? "the document" : path)
            + " is not a mapping");
  }
}

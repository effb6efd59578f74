package io.rset.platform.edit;

import java.util.List;
import org.snakeyaml.engine.v2.common.ScalarStyle;

/**
 * How a whole YAML file is laid out, for writing where no neighbouring entry shows the way: the
 * indentation of nested mappings, whether block lists under a key are indented ({@code key:\n - a})
 * or not ({@code key:\n- a}), the gap after {@code -}, spaces inside flow brackets, and the quoting
 * the file prefers. Each is the most common choice in the file, with the Kubernetes defaults (2,
 * indented, 1 space, none, double quotes) when the file shows none.
 *
 * @param mapIndent columns from a key to its nested mapping's keys
 * @param seqIndent columns from a key to the {@code -} of its block list (0 = not indented)
 * @param gap columns from {@code -} to the item's content
 * @param bracketPad whether non-empty flow lists are written {@code [ a ]}
 * @param bracePad whether non-empty flow mappings are written {@code { a: b }}
 * @param quote the quoted style the file uses most (single or double)
 */
record Layout(
    int mapIndent,
    int seqIndent,
    int gap,
    boolean bracketPad,
    boolean bracePad,
    ScalarStyle quote) {

  /** The layout of the given documents of {@code doc}. */
  static Layout of(TextDoc doc, List<Node> docs) {
    Tally<Integer> mapIndent = new Tally<>();
    Tally<Integer> seqIndent = new Tally<>();
    Tally<Integer> gap = new Tally<>();
    Tally<Boolean> bracket = new Tally<>();
    Tally<Boolean> brace = new Tally<>();
    Tally<ScalarStyle> quote = new Tally<>();
    Walker w =
        new Walker(doc) {
          @Override
          void blockMapUnderKey(String path, int keyColumn, Node.Map m) {
            mapIndent.add(keyColumn(m) - keyColumn);
          }

          @Override
          void blockSeqUnderKey(String path, int keyColumn, int dashColumn) {
            seqIndent.add(dashColumn - keyColumn);
          }

          @Override
          void blockItem(String path, int dashColumn, Node item) {
            gap.add(item.start().column() - dashColumn);
          }

          @Override
          void flow(Node n) {
            boolean seq = n instanceof Node.Seq;
            if ((seq && !((Node.Seq) n).items().isEmpty())
                || (!seq && !((Node.Map) n).entries().isEmpty())) {
              (seq ? bracket : brace).add(charAfterOpen(n) == ' ');
            }
          }

          @Override
          void scalar(Node.Scalar s, boolean key) {
            if (!key
                && (s.style() == ScalarStyle.SINGLE_QUOTED
                    || s.style() == ScalarStyle.DOUBLE_QUOTED)) {
              quote.add(s.style());
            }
          }
        };
    docs.forEach(w::walk);
    return new Layout(
        mapIndent.mostOr(2),
        seqIndent.mostOr(2),
        Math.max(2, gap.mostOr(2)),
        bracket.mostOr(false),
        brace.mostOr(false),
        quote.mostOr(ScalarStyle.DOUBLE_QUOTED));
  }
}

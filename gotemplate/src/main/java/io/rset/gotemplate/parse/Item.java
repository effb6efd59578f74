package io.rset.gotemplate.parse;

import io.rset.gotemplate.fmt.GoStrconv;
import io.rset.gotemplate.value.Values;

/**
 * A token or text string returned by the {@link Lexer}.
 *
 * @param type the item type
 * @param pos the char index of the item in the input
 * @param val the item's text (for {@link ItemType#ERROR}, the error message)
 * @param line the 1-based line at the start of the item, as Go counts it
 */
record Item(ItemType type, int pos, String val, int line) {

  /** Go's {@code item.String()}, used in parse error messages. */
  @Override
  public String toString() {
    if (type == ItemType.EOF) {
      return "EOF";
    }
    if (type == ItemType.ERROR) {
      return val;
    }
    if (type.isKeyword()) {
      return "<" + val + ">";
    }
    if (Values.utf8Length(val, 0, val.length()) > 10) {
      return GoStrconv.quote(GoText.truncateRunes(val, 10)) + "...";
    }
    return GoStrconv.quote(val);
  }
}

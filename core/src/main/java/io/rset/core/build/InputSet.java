package io.rset.core.build;

import java.util.Map;

/**
 * One combined input set, as the template function {@code inputs} returns it.
 *
 * @param index 0-based position in the combined input list (spec §2.8 order)
 * @param id the set's {@code id} value printed with Go's {@code %v} (any JSON type), or null when
 *     the set has no {@code id} key (inline Flatten inputs need not have one, spec §2.6)
 * @param values the input map handed to the template; not copied, because Go shares it too ({@code
 *     set}/{@code unset} mutate it for later templates of the same input set)
 */
public record InputSet(int index, String id, Map<String, Object> values) {
  public InputSet {
    if (index < 0) {
      throw new IllegalArgumentException("negative input set index");
    }
    if (values == null) {
      throw new IllegalArgumentException("input set values must not be null");
    }
  }

  /** An input set whose id is read from its {@code id} key. */
  public static InputSet of(int index, Map<String, Object> values) {
    Object id = values.get("id");
    String text =
        id == null && !values.containsKey("id")
            ? null
            : io.rset.gotemplate.fmt.GoFmt.formatValue(id);
    return new InputSet(index, text, values);
  }

  /** {@code input set #2 (id "abc")}, or without the id part when there is none. */
  public String describe() {
    return "input set #" + index + (id == null ? "" : " (id " + quote(id) + ")");
  }

  private static String quote(String s) {
    return io.rset.gotemplate.fmt.GoStrconv.quote(s);
  }
}

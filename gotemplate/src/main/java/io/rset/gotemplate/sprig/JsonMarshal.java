package io.rset.gotemplate.sprig;

import io.rset.gotemplate.func.FuncException;

/**
 * Public entry to Go's {@code encoding/json} as ported for sprig: map keys in byte order, Go's
 * number and string formats and HTML escaping ({@code <}, {@code >}, {@code &} as {@code \u003c}
 * ...). Accepts plain Java values ({@code Map<String,?>}, {@code List<?>}, {@link String}, {@link
 * Long}, {@link Double}, {@link Boolean}, null) as well as template values.
 */
public final class JsonMarshal {
  private JsonMarshal() {}

  /** Output cap: 256 Mi chars. */
  public static final long DEFAULT_MAX_CHARS = 256L * 1024 * 1024;

  /**
   * {@code json.MarshalIndent(value, "", " ")}.
   *
   * @throws IllegalArgumentException with Go's error text (e.g. {@code json: unsupported value:
   *     NaN}) or when the output would exceed the cap
   */
  public static String marshalIndent(Object value) {
    return encode(value, true);
  }

  /**
   * {@code json.MarshalIndent} with HTML escaping off (a {@code json.Encoder} with {@code
   * SetEscapeHTML(false)} and {@code SetIndent("", " ")}, without its trailing newline).
   */
  public static String marshalIndentRaw(Object value) {
    return encode(value, false, true);
  }

  /** {@code json.Marshal(value)}. */
  public static String marshal(Object value) {
    return encode(value, true, false);
  }

  private static String encode(Object value, boolean indent) {
    return encode(value, true, indent);
  }

  private static String encode(Object value, boolean escapeHtml, boolean indent) {
    try {
      return JsonEncoder.encode(value, escapeHtml, indent, DEFAULT_MAX_CHARS);
    } catch (FuncException e) {
      throw new IllegalArgumentException(e.getMessage());
    }
  }
}

package io.rset.core.inputs;

/** Provider name normalisation for the Permute strategy (spec §2.5.1). */
public final class ProviderNames {
  private ProviderNames() {}

  /**
   * Lower-cases each code point; Unicode spaces and punctuation become {@code _}; anything else but
   * ASCII {@code a-z0-9} is dropped; runs of {@code _} collapse and are trimmed. {@code My.App--v2}
   * → {@code my_app_v2}, {@code a+b} → {@code ab}.
   */
  public static String normalize(String name) {
    StringBuilder mapped = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            cp -> {
              int r = Character.toLowerCase(cp);
              if (isSpace(r) || isPunct(r)) {
                mapped.append('_');
              } else if ((r >= 'a' && r <= 'z') || (r >= '0' && r <= '9')) {
                mapped.append((char) r);
              }
            });
    StringBuilder out = new StringBuilder(mapped.length());
    for (String word : mapped.toString().split("_")) {
      if (!word.isEmpty()) {
        if (out.length() > 0) {
          out.append('_');
        }
        out.append(word);
      }
    }
    return out.toString();
  }

  /** Go's unicode.IsSpace. */
  static boolean isSpace(int r) {
    if (r <= 0xFF) {
      return r == ' ' || (r >= '\t' && r <= '\r') || r == 0x85 || r == 0xA0;
    }
    int t = Character.getType(r);
    return t == Character.SPACE_SEPARATOR
        || t == Character.LINE_SEPARATOR
        || t == Character.PARAGRAPH_SEPARATOR;
  }

  /** Go's unicode.IsPunct (general category P). */
  static boolean isPunct(int r) {
    switch (Character.getType(r)) {
      case Character.CONNECTOR_PUNCTUATION:
      case Character.DASH_PUNCTUATION:
      case Character.START_PUNCTUATION:
      case Character.END_PUNCTUATION:
      case Character.INITIAL_QUOTE_PUNCTUATION:
      case Character.FINAL_QUOTE_PUNCTUATION:
      case Character.OTHER_PUNCTUATION:
        return true;
      default:
        return false;
    }
  }
}

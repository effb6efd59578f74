package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Writes a new list item in an {@link EntryStyle}. Values are {@code String}s, {@code Map<String,
 * Object>}s (key order is decided by the style) and {@code List<Object>}s. An empty list is always
 * {@code []}.
 */
final class EntryWriter {
  private static final String ITEM = "[]";

  private final EntryStyle style;

  EntryWriter(EntryStyle style) {
    this.style = style;
  }

  /** The lines of {@code value} as a block list item whose {@code -} is at {@code dashColumn}. */
  List<String> blockItem(Object value, int dashColumn) {
    List<String> out = new ArrayList<>();
    item(out, value, ITEM, dashColumn, style.gap(""));
    return out;
  }

  /** {@code value} as a flow list item (one line). */
  String flowItem(Object value) {
    return flowValue(value, ITEM);
  }

  private void item(List<String> out, Object value, String path, int dash, int gap) {
    String prefix = " ".repeat(dash) + "-" + " ".repeat(gap - 1);
    if (value instanceof Map<?, ?> m && !m.isEmpty() && !style.flow(path, false)) {
      int first = out.size();
      mapLines(out, m, path, dash + gap);
      out.set(first, prefix + out.get(first).substring(dash + gap));
    } else if (value instanceof List<?> l && !l.isEmpty() && !style.flow(path, true)) {
      int first = out.size();
      List<String> inner = new ArrayList<>();
      for (Object o : l) {
        item(inner, o, path + ITEM, dash + gap, style.gap(path));
      }
      out.addAll(inner);
      out.set(first, prefix + out.get(first).substring(dash + gap));
    } else {
      out.add(prefix + flowOrScalar(value, path, false));
    }
  }

  private void mapLines(List<String> out, Map<?, ?> m, String path, int column) {
    String pad = " ".repeat(column);
    for (String key : keys(m, path)) {
      Object v = m.get(key);
      String p = path + "/" + key;
      if (v instanceof Map<?, ?> nested && !nested.isEmpty() && !style.flow(p, false)) {
        out.add(pad + key(key, false) + ":");
        mapLines(out, nested, p, column + style.mapIndent(p));
      } else if (v instanceof List<?> l && !l.isEmpty() && !style.flow(p, true)) {
        out.add(pad + key(key, false) + ":");
        int dash = column + style.seqIndent(p);
        for (Object o : l) {
          item(out, o, p + ITEM, dash, style.gap(p));
        }
      } else {
        out.add(pad + key(key, false) + ": " + flowOrScalar(v, p, false));
      }
    }
  }

  private String flowOrScalar(Object v, String path, boolean inFlow) {
    if (v instanceof Map<?, ?> || v instanceof List<?>) {
      return flowValue(v, path);
    }
    if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
      return String.valueOf(v); // typed scalars stay plain: quoting would make them strings
    }
    return Scalars.write(String.valueOf(v), style.scalar(path), style.quote(), inFlow);
  }

  private String flowValue(Object v, String path) {
    Layout layout = style.layout();
    if (v instanceof Map<?, ?> m) {
      if (m.isEmpty()) {
        return "{}";
      }
      List<String> parts = new ArrayList<>();
      for (String key : keys(m, path)) {
        parts.add(key(key, true) + ": " + flowValue(m.get(key), path + "/" + key));
      }
      String pad = layout.bracePad() ? " " : "";
      return "{" + pad + String.join(", ", parts) + pad + "}";
    }
    if (v instanceof List<?> l) {
      if (l.isEmpty()) {
        return "[]";
      }
      List<String> parts = new ArrayList<>();
      for (Object o : l) {
        parts.add(flowValue(o, path + ITEM));
      }
      String pad = layout.bracketPad() ? " " : "";
      return "[" + pad + String.join(", ", parts) + pad + "]";
    }
    if (v instanceof Boolean || v instanceof Long || v instanceof Integer) {
      return String.valueOf(v);
    }
    return Scalars.write(String.valueOf(v), style.scalar(path), style.quote(), true);
  }

  private String key(String key, boolean inFlow) {
    return Scalars.write(
        key, org.snakeyaml.engine.v2.common.ScalarStyle.PLAIN, style.quote(), inFlow);
  }

  private List<String> keys(Map<?, ?> m, String path) {
    List<String> given = new ArrayList<>();
    m.keySet().forEach(k -> given.add(String.valueOf(k)));
    return style.order(path, given);
  }
}

package io.rset.core.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Decodes the first document of a text straight from parser events to plain values, without marks
 * or node trees — the common case of rendered documents. It only accepts documents whose value is
 * certain to equal {@code YamlReader.readSingle(...).toValue()}: no anchors, aliases, tags, merge
 * keys, duplicate keys, non-string keys, NaN/Inf or syntax errors. For anything else it answers
 * {@link #FALLBACK} and the caller takes the full, positioned path (which also words the errors).
 */
final class FastValues {
  /** The answer when the document needs the full reader. */
  static final Object FALLBACK = new Object();

  private FastValues() {}

  private static final class Open {
    final Map<String, Object> map;
    final List<Object> list;
    String pendingKey;

    Open(Map<String, Object> map, List<Object> list) {
      this.map = map;
      this.list = list;
    }
  }

  static Object read(LoadSettings settings, String text, int maxDepth) {
    try {
      return decode(new ParserImpl(settings, new StreamReader(settings, text)), maxDepth);
    } catch (RuntimeException e) {
      return FALLBACK; // the full reader reports it with Go's words and a position
    }
  }

  private static Object decode(ParserImpl parser, int maxDepth) {
    Deque<Open> stack = new ArrayDeque<>();
    Object root = FALLBACK;
    boolean inDocument = false;
    while (parser.hasNext()) {
      Event ev = parser.next();
      switch (ev.getEventId()) {
        case StreamStart, Comment:
          continue;
        case StreamEnd:
          return FALLBACK; // no document at all: rare, let the full reader answer
        case DocumentStart:
          inDocument = true;
          continue;
        case DocumentEnd:
          return inDocument && root != FALLBACK ? root : FALLBACK;
        case SequenceEnd, MappingEnd:
          {
            Open done = stack.pop();
            Object value = done.map != null ? done.map : done.list;
            if (stack.isEmpty()) {
              root = value;
            } else if (!add(stack.peek(), value)) {
              return FALLBACK;
            }
            continue;
          }
        case Alias:
          return FALLBACK;
        default:
          break;
      }
      if (ev instanceof NodeEvent ne && ne.getAnchor().isPresent()) {
        return FALLBACK;
      }
      if (ev instanceof ScalarEvent s) {
        if (s.getTag().isPresent()) {
          return FALLBACK;
        }
        Open parent = stack.peek();
        if (parent != null && parent.map != null && parent.pendingKey == null) {
          String key = s.isPlain() ? plainKey(s.getValue()) : s.getValue();
          if (key == null || parent.map.containsKey(key)) {
            return FALLBACK;
          }
          parent.pendingKey = key;
          continue;
        }
        Object value = s.isPlain() ? plainValue(s.getValue()) : s.getValue();
        if (value == FALLBACK) {
          return FALLBACK;
        }
        if (parent == null) {
          root = value;
        } else if (!add(parent, value)) {
          return FALLBACK;
        }
      } else if (ev instanceof CollectionStartEvent c) {
        if (c.getTag().isPresent() || stack.size() >= maxDepth) {
          return FALLBACK;
        }
        Open parent = stack.peek();
        if (parent != null && parent.map != null && parent.pendingKey == null) {
          return FALLBACK; // a collection used as a key
        }
        stack.push(
            ev.getEventId() == Event.ID.SequenceStart
                ? new Open(null, new ArrayList<>())
                : new Open(new LinkedHashMap<>(), null));
      }
    }
    return FALLBACK;
  }

  private static boolean add(Open parent, Object value) {
    if (parent.list != null) {
      parent.list.add(value);
      return true;
    }
    if (parent.pendingKey == null) {
      return false;
    }
    parent.map.put(parent.pendingKey, value);
    parent.pendingKey = null;
    return true;
  }

  /** A plain key that resolves to a string, else null (merge keys, numbers, booleans, null). */
  private static String plainKey(String text) {
    if (text.equals("<<")) {
      return null;
    }
    return Yaml11Scalars.resolvePlain(text) instanceof String s ? s : null;
  }

  private static Object plainValue(String text) {
    Object v = Yaml11Scalars.resolvePlain(text);
    if (v instanceof Double d) {
      return d.isNaN() || d.isInfinite() ? FALLBACK : KubeNumbers.normalize(d);
    }
    if (v instanceof Yaml11Scalars.Uint64) {
      return FALLBACK;
    }
    return v;
  }
}

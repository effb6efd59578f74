package io.rset.platform.validate;

import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Finds keys written twice in one YAML mapping, in every document of a stream: what go-yaml's
 * strict decoder (Flux's {@code UnmarshalStrict}, kustomize's kyaml) rejects and lenient parsers
 * silently resolve to the last value.
 *
 * <p>Keys are compared after YAML 1.1 resolution as go-yaml v2 does for plain scalars ({@code yes}
 * and {@code true} are the same key, {@code 010} and {@code 8} too); quoted keys are strings. Merge
 * keys ({@code <<}) and keys that are collections or aliases are not compared.
 *
 * <p>Reads snakeyaml-engine parser events with an explicit stack (no recursion); on a syntax error
 * it stops and returns what it found before. Never throws. Thread-safe.
 */
public final class DuplicateKeyScanner {
  /** Largest text scanned; larger texts are scanned up to this many characters. */
  static final int MAX_CHARS = 8 * 1024 * 1024;

  /**
   * A key written a second time.
   *
   * @param key the key as written the second time
   * @param line 1-based line of the second key
   * @param column 1-based column of the second key
   * @param firstLine 1-based line of the first
   * @param firstColumn 1-based column of the first
   */
  public record Duplicate(String key, int line, int column, int firstLine, int firstColumn) {}

  private static final Pattern DECIMAL = Pattern.compile("[-+]?(0|[1-9][0-9_]*)");
  private static final Pattern OCTAL = Pattern.compile("[-+]?0[0-7_]+");
  private static final Pattern HEX = Pattern.compile("[-+]?0x[0-9a-fA-F_]+");
  private static final Pattern BINARY = Pattern.compile("[-+]?0b[01_]+");

  private DuplicateKeyScanner() {}

  /** One open collection. Mappings alternate key, value; {@code seen} maps canonical keys. */
  private static final class Frame {
    final boolean mapping;
    boolean expectKey = true;
    final Map<String, int[]> seen = new HashMap<>();

    Frame(boolean mapping) {
      this.mapping = mapping;
    }
  }

  /** The duplicates of {@code text}, in the order they appear. */
  public static List<Duplicate> scan(String text) {
    List<Duplicate> out = new ArrayList<>();
    String input = text.length() > MAX_CHARS ? text.substring(0, MAX_CHARS) : text;
    LoadSettings settings = LoadSettings.builder().setUseMarks(true).build();
    Deque<Frame> stack = new ArrayDeque<>();
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, input));
      while (parser.hasNext()) {
        Event ev = parser.next();
        switch (ev.getEventId()) {
          case MappingStart -> {
            node(stack, ev, null, out);
            stack.push(new Frame(true));
          }
          case SequenceStart -> {
            node(stack, ev, null, out);
            stack.push(new Frame(false));
          }
          case MappingEnd, SequenceEnd -> stack.pop();
          case Scalar -> node(stack, ev, (ScalarEvent) ev, out);
          case Alias -> node(stack, ev, null, out);
          case DocumentStart -> stack.clear();
          default -> {}
        }
      }
    } catch (RuntimeException e) {
      // A syntax error (or a parser limit): the rest of the text cannot be read reliably.
    }
    return out;
  }

  /**
   * A node starts inside the top frame: in key position a scalar key is checked against the keys
   * seen; the frame then expects the other half of the entry.
   */
  private static void node(Deque<Frame> stack, Event ev, ScalarEvent scalar, List<Duplicate> out) {
    Frame top = stack.peek();
    if (top == null || !top.mapping) {
      return;
    }
    boolean isKey = top.expectKey;
    top.expectKey = !top.expectKey;
    if (!isKey || scalar == null) {
      return;
    }
    String canonical = canonical(scalar);
    if (canonical == null) {
      return;
    }
    int[] where = position(ev.getStartMark());
    int[] first = top.seen.putIfAbsent(canonical, where);
    if (first != null) {
      out.add(new Duplicate(scalar.getValue(), where[0], where[1], first[0], first[1]));
    }
  }

  private static int[] position(Optional<Mark> mark) {
    return mark.map(m -> new int[] {m.getLine() + 1, m.getColumn() + 1}).orElse(new int[] {0, 0});
  }

  /** The key's identity after go-yaml v2 resolution; null for a merge key. */
  static String canonical(ScalarEvent s) {
    String v = s.getValue();
    String tag = s.getTag().orElse("");
    if (!s.isPlain() || !tag.isEmpty() && !tag.equals("!")) {
      return "s:" + v;
    }
    if (v.equals("<<")) {
      return null;
    }
    return switch (v) {
      case "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON" -> "b:true";
      case "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF" -> "b:false";
      case "", "~", "null", "Null", "NULL" -> "null";
      default -> number(v);
    };
  }

  private static String number(String v) {
    try {
      String plain = v.replace("_", "");
      if (DECIMAL.matcher(v).matches()) {
        return "i:" + new BigInteger(plain);
      }
      if (OCTAL.matcher(v).matches()) {
        return "i:" + signed(plain, 1, 8);
      }
      if (HEX.matcher(v).matches()) {
        return "i:" + signed(plain, 2, 16);
      }
      if (BINARY.matcher(v).matches()) {
        return "i:" + signed(plain, 2, 2);
      }
    } catch (NumberFormatException e) {
      // not a number after all
    }
    return "s:" + v;
  }

  /** Parses {@code [-+]?PREFIXdigits} with {@code prefix} characters after the sign. */
  private static BigInteger signed(String s, int prefix, int radix) {
    boolean negative = s.startsWith("-");
    int start = s.startsWith("-") || s.startsWith("+") ? 1 : 0;
    BigInteger n = new BigInteger(s.substring(start + prefix), radix);
    return negative ? n.negate() : n;
  }
}

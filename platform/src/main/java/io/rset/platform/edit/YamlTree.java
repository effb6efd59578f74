package io.rset.platform.edit;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads the documents of a YAML text into {@link Node}s from snakeyaml-engine's event stream. Used
 * only to find positions; values are checked with core's reader ({@link EditCheck}).
 */
final class YamlTree {
  private YamlTree() {}

  /**
   * The documents of {@code doc}'s text in order (an empty document is a null-valued plain scalar).
   *
   * @throws EditException naming the file, line and column when the text is not YAML
   */
  static List<Node> read(TextDoc doc) {
    LoadSettings settings =
        LoadSettings.builder()
            .setLabel(doc.name())
            .setAllowDuplicateKeys(true)
            .setCodePointLimit(Integer.MAX_VALUE)
            .build();
    List<Node> docs = new ArrayList<>();
    Deque<Builder> stack = new ArrayDeque<>();
    try {
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, doc.text()));
      while (parser.hasNext()) {
        Event e = parser.next();
        switch (e.getEventId()) {
          case Scalar -> {
            ScalarEvent s = (ScalarEvent) e;
            add(
                stack,
                docs,
                new Node.Scalar(
                    s.getValue(), s.getScalarStyle(), pos(e.getStartMark()), pos(e.getEndMark())));
          }
          case Alias ->
              add(
                  stack,
                  docs,
                  new Node.Alias(
                      ((AliasEvent) e).getAlias().getValue(),
                      pos(e.getStartMark()),
                      pos(e.getEndMark())));
          case SequenceStart, MappingStart ->
              stack.push(
                  new Builder(
                      e.getEventId() == Event.ID.MappingStart,
                      ((CollectionStartEvent) e).isFlow(),
                      pos(e.getStartMark())));
          case SequenceEnd, MappingEnd -> {
            Builder b = stack.pop();
            add(stack, docs, b.build(pos(e.getEndMark())));
          }
          default -> {
            // stream and document boundaries, comments: nothing to record
          }
        }
      }
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> m = e.getProblemMark().or(e::getContextMark);
      String at = m.map(k -> doc.where(k.getLine(), k.getColumn())).orElse(doc.name());
      throw new EditException(at + ": " + firstLine(e.getProblem()), e);
    } catch (YamlEngineException e) {
      throw new EditException(doc.name() + ": " + firstLine(e.getMessage()), e);
    }
    return docs;
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "invalid YAML";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  private static void add(Deque<Builder> stack, List<Node> docs, Node n) {
    if (stack.isEmpty()) {
      docs.add(n);
    } else {
      stack.peek().children.add(n);
    }
  }

  private static Node.Pos pos(Optional<Mark> m) {
    return m.map(k -> new Node.Pos(k.getLine(), k.getColumn())).orElse(new Node.Pos(0, 0));
  }

  /** A collection whose end event has not been seen yet. */
  private static final class Builder {
    final boolean mapping;
    final boolean flow;
    final Node.Pos start;
    final List<Node> children = new ArrayList<>();

    Builder(boolean mapping, boolean flow, Node.Pos start) {
      this.mapping = mapping;
      this.flow = flow;
      this.start = start;
    }

    Node build(Node.Pos end) {
      if (!mapping) {
        return new Node.Seq(children, flow, start, end);
      }
      List<Node.Entry> entries = new ArrayList<>(children.size() / 2);
      for (int i = 0; i + 1 < children.size(); i += 2) {
        entries.add(new Node.Entry(children.get(i), children.get(i + 1)));
      }
      return new Node.Map(entries, flow, start, end);
    }
  }
}

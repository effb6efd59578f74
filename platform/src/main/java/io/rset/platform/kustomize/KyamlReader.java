package io.rset.platform.kustomize;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.ScalarStyle;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads a resource stream like kyaml's {@code kio.FromBytes}: {@code \r\n} becomes {@code \n}, the
 * text is split at lines starting with {@code ---} (the rest of such a line must be empty or a
 * comment), the first YAML document of each part is decoded into {@link KNode}s with go-yaml v3's
 * tags, aliases are expanded and merge keys applied (kyaml's DeAnchor), empty documents are
 * dropped, and a single {@code List}/{@code ResourceList} document with {@code items} is unwrapped.
 *
 * <p>Duplicate keys and non-scalar keys are errors here (kustomize fails on them when it writes its
 * output). Alias expansion is bounded. Thread-safe.
 */
final class KyamlReader {
  /** A decoded document and where it starts. */
  record Doc(KNode root, int line, int column) {}

  private static final Pattern SEPARATOR = Pattern.compile("\n---.*\n");
  private static final int MAX_DEPTH = 1000;
  private static final long MAX_EXPANDED_NODES = 1_000_000;

  /** Built once: creating settings costs more than parsing a small document. */
  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setUseMarks(true)
          .setAllowDuplicateKeys(true)
          .setCodePointLimit(64 * 1024 * 1024)
          .build();

  /** Reads all resources of a file's text. */
  List<Doc> read(Path file, String text) {
    String s = text.replace("\r\n", "\n");
    List<Doc> out = new ArrayList<>();
    List<int[]> parts = new ArrayList<>(); // start, end (exclusive), first line
    Matcher m = SEPARATOR.matcher(s);
    int prev = 0;
    while (m.find()) {
      String sep = s.substring(m.start(), m.end());
      String after = sep.substring(4).strip();
      if (!after.isEmpty() && after.charAt(0) != '#') {
        int line = lineOf(s, m.start() + 1);
        throw new KustomizeException("invalid document separator: " + sep.strip(), file, line, 1);
      }
      parts.add(new int[] {prev, m.start()});
      prev = m.end();
    }
    parts.add(new int[] {prev, s.length()});
    for (int i = 0; i < parts.size(); i++) {
      int[] p = parts.get(i);
      String chunk = s.substring(p[0], p[1]);
      if (i != parts.size() - 1) {
        chunk += "\n";
      }
      int firstLine = lineOf(s, p[0]);
      KNode root = decodeFirst(file, chunk, firstLine - 1);
      if (root == null || root.isTaggedNull()) {
        continue;
      }
      if (parts.size() == 1 && root.isMap()) {
        String kind = scalarValue(root.field("kind"));
        KNode items = root.field("items");
        if ((kind.equals("ResourceList") || kind.equals("List"))
            && (items != null || root.field("functionConfig") != null)) {
          if (items != null && items.isSeq()) {
            for (KNode item : items.content) {
              out.add(new Doc(item, item.line, item.column));
            }
          }
          continue;
        }
      }
      out.add(new Doc(root, root.line, root.column));
    }
    return out;
  }

  private static String scalarValue(KNode n) {
    return n != null && n.isScalar() && !n.isTaggedNull() ? n.value : "";
  }

  private static int lineOf(String s, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < s.length(); i++) {
      if (s.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /** The first document of {@code text}, or null when there is none. */
  KNode decodeFirst(Path file, String text, int lineOffset) {
    Run run = new Run(file, lineOffset);
    try {
      ParserImpl parser = new ParserImpl(SETTINGS, new StreamReader(SETTINGS, text));
      KNode raw = run.compose(parser);
      if (raw == null) {
        return null;
      }
      KNode root = run.deAnchor(raw, 0);
      run.checkKeys(root);
      return root;
    } catch (MarkedYamlEngineException e) {
      Optional<Mark> mark =
          e.getProblemMark().isPresent() ? e.getProblemMark() : e.getContextMark();
      int line = mark.map(mk -> mk.getLine() + 1 + lineOffset).orElse(1 + lineOffset);
      int col = mark.map(mk -> mk.getColumn() + 1).orElse(1);
      String problem = e.getProblem() != null ? e.getProblem() : e.getContext();
      throw new KustomizeException("malformed YAML: " + problem, file, line, col);
    } catch (YamlEngineException e) {
      throw new KustomizeException("malformed YAML: " + e.getMessage(), file, 1 + lineOffset, 1);
    } catch (KustomizeException e) {
      throw e;
    } catch (RuntimeException e) {
      throw new KustomizeException("malformed YAML: cannot parse", file, 1 + lineOffset, 1);
    }
  }

  /** One read of one document. */
  private static final class Run {
    private final Path file;
    private final int lineOffset;
    private long expanded;

    Run(Path file, int lineOffset) {
      this.file = file;
      this.lineOffset = lineOffset;
    }

    private void at(KNode n, Optional<Mark> mark) {
      if (mark.isPresent()) {
        n.line = mark.get().getLine() + 1 + lineOffset;
        n.column = mark.get().getColumn() + 1;
      } else {
        n.line = 1 + lineOffset;
        n.column = 1;
      }
    }

    private KustomizeException error(String msg, KNode at) {
      return new KustomizeException(msg, file, at.line, at.column);
    }

    KNode compose(ParserImpl parser) {
      Map<String, KNode> anchors = new HashMap<>();
      Deque<KNode> stack = new ArrayDeque<>();
      KNode root = null;
      boolean inDocument = false;
      while (parser.hasNext()) {
        Event ev = parser.next();
        switch (ev.getEventId()) {
          case StreamStart, Comment:
            continue;
          case StreamEnd:
            return null;
          case DocumentStart:
            inDocument = true;
            continue;
          case DocumentEnd:
            if (root == null) {
              KNode empty = KNode.scalar(KNode.NULL, "");
              at(empty, ev.getStartMark());
              return empty;
            }
            return root;
          case SequenceEnd, MappingEnd:
            stack.pop();
            continue;
          default:
            break;
        }
        if (!inDocument) {
          continue;
        }
        KNode node;
        if (ev instanceof AliasEvent a) {
          String name = a.getAlias().getValue();
          KNode target = anchors.get(name);
          node = KNode.scalar("", "");
          at(node, ev.getStartMark());
          if (target == null) {
            throw error("unknown anchor '" + name + "' referenced", node);
          }
          if (stack.contains(target)) {
            throw error("anchor '" + name + "' value contains itself", node);
          }
          node.alias = target;
        } else if (ev instanceof ScalarEvent s) {
          node = scalar(s);
          at(node, ev.getStartMark());
        } else if (ev instanceof CollectionStartEvent c) {
          if (stack.size() >= MAX_DEPTH) {
            KNode here = KNode.map();
            at(here, ev.getStartMark());
            throw error("exceeded max depth of " + MAX_DEPTH, here);
          }
          node = ev.getEventId() == Event.ID.SequenceStart ? KNode.seq() : KNode.map();
          String tag = c.getTag().orElse("");
          if (!tag.isEmpty() && !tag.equals("!")) {
            node.tag = V3Scalars.shortTag(tag);
            node.style |= KNode.TAGGED;
          }
          if (c.isFlow()) {
            node.style |= KNode.FLOW;
          }
          at(node, ev.getStartMark());
        } else {
          continue;
        }
        if (ev instanceof NodeEvent ne && !(ev instanceof AliasEvent)) {
          KNode anchored = node;
          ne.getAnchor().ifPresent(an -> anchors.put(an.getValue(), anchored));
        }
        KNode parent = stack.peek();
        if (parent == null) {
          root = node;
        } else {
          parent.content.add(node);
        }
        if (!node.isScalar()) {
          stack.push(node);
        }
      }
      return null;
    }

    /** go-yaml v3's parser tags: explicit tags kept, quoted scalars !!str, plain ones resolved. */
    private static KNode scalar(ScalarEvent s) {
      String tag = s.getTag().orElse("");
      String value = s.getValue();
      int style =
          switch (s.getScalarStyle()) {
            case DOUBLE_QUOTED -> KNode.DOUBLE_QUOTED;
            case SINGLE_QUOTED -> KNode.SINGLE_QUOTED;
            case LITERAL -> KNode.LITERAL;
            case FOLDED -> KNode.FOLDED;
            default -> 0;
          };
      if (s.getScalarStyle() == ScalarStyle.JSON_SCALAR_STYLE) {
        style = KNode.DOUBLE_QUOTED;
      }
      String nodeTag;
      if (!tag.isEmpty() && !tag.equals("!")) {
        nodeTag = V3Scalars.shortTag(tag);
        style |= KNode.TAGGED;
      } else if (style != 0) {
        nodeTag = KNode.STR;
      } else if (value.equals("<<")) {
        nodeTag = KNode.MERGE;
      } else {
        nodeTag = V3Scalars.resolveTag(value);
      }
      KNode n = KNode.scalar(nodeTag, value);
      n.style = style;
      return n;
    }

    /** kyaml's deAnchor: aliases become copies, merge keys are applied, in place. */
    KNode deAnchor(KNode n, int depth) {
      if (depth > MAX_DEPTH) {
        throw error("exceeded max depth of " + MAX_DEPTH, n);
      }
      if (n.alias != null) {
        KNode target = deAnchor(n.alias, depth);
        expanded += size(target);
        if (expanded > MAX_EXPANDED_NODES) {
          throw error(
              "document contains excessive aliasing (aliases expand to more than "
                  + MAX_EXPANDED_NODES
                  + " nodes)",
              n);
        }
        return target.copy();
      }
      if (n.isMap()) {
        mergeKeys(n, depth);
      }
      if (!n.isScalar()) {
        for (int i = 0; i < n.content.size(); i++) {
          n.content.set(i, deAnchor(n.content.get(i), depth + 1));
        }
      }
      return n;
    }

    private static long size(KNode n) {
      long s = 1;
      if (!n.isScalar()) {
        for (KNode c : n.content) {
          s += size(c);
        }
      }
      return s;
    }

    private void mergeKeys(KNode n, int depth) {
      KNode mergeValue = null;
      int mergeAt = -1;
      for (int i = 0; i + 1 < n.content.size(); i += 2) {
        if (KNode.MERGE.equals(n.content.get(i).tag)) {
          if (mergeValue != null) {
            throw error("duplicate merge key", n.content.get(i));
          }
          mergeValue = n.content.get(i + 1);
          mergeAt = i;
        }
      }
      if (mergeValue == null) {
        return;
      }
      List<KNode> sources = mergeSources(mergeValue, depth);
      n.content.remove(mergeAt + 1);
      n.content.remove(mergeAt);
      KNode result = KNode.map();
      result.content.addAll(n.content);
      List<KNode> all = new ArrayList<>(sources);
      all.add(n);
      for (KNode src : all) {
        KNode copy = src == n ? n : src;
        List<KNode> snapshot = new ArrayList<>(copy.content);
        for (int i = 0; i + 1 < snapshot.size(); i += 2) {
          String key = snapshot.get(i).value;
          int at = result.keyIndex(key);
          KNode v = src == n ? snapshot.get(i + 1) : snapshot.get(i + 1).copy();
          if (at >= 0) {
            result.content.set(at + 1, v);
          } else {
            result.content.add(src == n ? snapshot.get(i) : snapshot.get(i).copy());
            result.content.add(v);
          }
        }
      }
      n.content = result.content;
    }

    /** kyaml's findMergeValues: a map, an alias to a map, or a sequence of those (reversed). */
    private List<KNode> mergeSources(KNode v, int depth) {
      List<KNode> out = new ArrayList<>();
      if (v.alias != null) {
        KNode t = deAnchor(v.alias, depth);
        if (!t.isMap()) {
          throw error("invalid map merge: received alias for a non-map value", v);
        }
        out.add(t);
      } else if (v.isMap()) {
        out.add(deAnchor(v, depth + 1));
      } else if (v.isSeq()) {
        for (KNode item : v.content) {
          if (item.isSeq()) {
            throw error("invalid map merge: received a nested sequence", item);
          }
          List<KNode> more = mergeSources(item, depth);
          out.addAll(0, more);
        }
      } else {
        throw error("map merge requires map or sequence of maps as the value", v);
      }
      return out;
    }

    /** Keys must be scalars and unique (go-yaml v3 refuses duplicates when decoding). */
    void checkKeys(KNode n) {
      Deque<KNode> todo = new ArrayDeque<>();
      todo.push(n);
      while (!todo.isEmpty()) {
        KNode cur = todo.pop();
        if (cur.isScalar()) {
          continue;
        }
        if (cur.isMap()) {
          Set<String> seen = new HashSet<>();
          Map<String, Integer> lines = new HashMap<>();
          for (int i = 0; i + 1 < cur.content.size(); i += 2) {
            KNode k = cur.content.get(i);
            if (!k.isScalar()) {
              throw error("invalid map key: keys must be scalars", k);
            }
            if (!seen.add(k.value)) {
              throw error(
                  "mapping key \"" + k.value + "\" already defined at line " + lines.get(k.value),
                  k);
            }
            lines.put(k.value, k.line);
          }
        }
        for (KNode c : cur.content) {
          todo.push(c);
        }
      }
    }
  }
}

package io.rset.core.yaml;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.NodeEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Reads YAML the way the Flux Operator does: go-yaml v2 (YAML 1.1 scalar resolution, merge keys,
 * v2's "later entries overwrite" merge order), then sigs.k8s.io/yaml's YAML-to-JSON step (map keys
 * stringified: {@code yes:} becomes {@code "true"}, {@code 1.5:} becomes {@code "1.5"}; NaN and
 * infinities refused), then the Kubernetes JSON number rule (integral numbers that fit int64 are
 * {@link Long}, e.g. {@code 2.0} becomes 2; all other numbers {@link Double}).
 *
 * <p>Syntax comes from snakeyaml-engine's parser (events with marks); this class composes the
 * events itself, iteratively, so no input can overflow the Java stack. Limits ({@link Limits}):
 * input size in code points, nesting depth, number of aliases to collections and the number of
 * nodes aliases may expand to; exceeding any is a {@link YamlException}, never an {@link
 * OutOfMemoryError} or {@link StackOverflowError}.
 *
 * <p>Every error is a {@link YamlException} whose {@link YamlException#position()} is the real
 * place (1-based line and column) and whose {@link YamlException#goMessage()} is the text the Go
 * tools print for the same input (e.g. {@code error converting YAML to JSON: yaml: line 3: did not
 * find expected key}; go-yaml's line rule is reproduced, including its off-by-one for parser
 * errors). Thread-safe: instances are immutable.
 */
public final class YamlReader {
  /** The prefix sigs.k8s.io/yaml puts on every decoding error. */
  public static final String GO_PREFIX = "error converting YAML to JSON: ";

  /**
   * Resource limits.
   *
   * @param maxCodePoints largest accepted input, in code points
   * @param maxDepth deepest accepted nesting of collections (also after alias expansion)
   * @param maxAliases most aliases to collections per document
   * @param maxAliasExpansion most nodes that aliases may add to a document when expanded
   */
  public record Limits(int maxCodePoints, int maxDepth, int maxAliases, long maxAliasExpansion) {
    /** 16 Mi code points, depth 1000, 10 000 aliases, 1 000 000 expanded nodes. */
    public static final Limits DEFAULT = new Limits(16 * 1024 * 1024, 1000, 10_000, 1_000_000);
  }

  /**
   * One document of a stream split like the Kubernetes YAML reader.
   *
   * @param text the document's lines, each ending in {@code \n} (no {@code \r})
   * @param firstLine 1-based line of the stream where the document starts
   */
  public record Chunk(String text, int firstLine) {}

  private final Limits limits;

  /**
   * The parser settings of the last file name read, reused because building them (scalar resolver
   * tables) costs more than parsing a small document. Immutable; the field is only a cache.
   */
  private volatile CachedSettings lastSettings;

  private record CachedSettings(String file, LoadSettings small, LoadSettings large) {}

  private static final int SMALL_BUFFER = 512;
  private static final int LARGE_BUFFER = 1024;

  public YamlReader() {
    this(Limits.DEFAULT);
  }

  public YamlReader(Limits limits) {
    this.limits = limits;
    this.fastSmall = build("fast", SMALL_BUFFER, false);
    this.fastLarge = build("fast", LARGE_BUFFER, false);
  }

  /** Settings without marks for {@link #readValue}; errors are re-read with marks. */
  private final LoadSettings fastSmall;

  private final LoadSettings fastLarge;

  /**
   * All documents of a YAML stream. An empty document ({@code ---} followed by nothing) is a {@link
   * YamlScalar} with a null value; an empty stream gives an empty list.
   *
   * @param file the name used in positions and messages
   */
  public List<YamlNode> readDocuments(String file, String text) {
    return new Run(file, 0).read(text, false);
  }

  /**
   * The first document of {@code text}, as go-yaml's {@code Unmarshal} reads it: later documents
   * are not parsed. An empty input (or empty first document) gives a {@link YamlScalar} with a null
   * value.
   */
  public YamlNode readSingle(String file, String text) {
    return readSingle(file, text, 1);
  }

  /**
   * The value of {@link #readSingle(String, String)}{@code .toValue()}, decoded without positions
   * when the document is plain (no anchors, tags, merge or duplicate keys): several times less work
   * for rendered documents. Errors are the same positioned {@link YamlException}s.
   */
  public Object readValue(String file, String text) {
    checkSize(file, text);
    Object fast = FastValues.read(fastSettings(text.length()), text, limits.maxDepth());
    return fast != FastValues.FALLBACK ? fast : readSingle(file, text).toValue();
  }

  /** {@link #readSingle(String, String)} for text that starts at {@code firstLine} of a file. */
  public YamlNode readSingle(String file, String text, int firstLine) {
    List<YamlNode> docs = new Run(file, firstLine - 1).read(text, true);
    return docs.isEmpty()
        ? new YamlScalar(new Position(file, firstLine, 1), null, "")
        : docs.get(0);
  }

  /**
   * Reads a multi-document stream like the Kubernetes YAML reader (Flux's rendered {@code
   * resourcesTemplate}, {@code --inputs-from-provider} files): {@link #splitKubernetesDocuments}
   * splits it, each document is decoded with {@link #readSingle(String, String, int)} in order (so
   * an error in an earlier document wins over a bad separator later), and documents that decode to
   * null are dropped.
   */
  public List<YamlNode> readKubernetesDocuments(String file, String text) {
    List<YamlNode> out = new ArrayList<>();
    splitKubernetesDocuments(
        file,
        text,
        c -> {
          YamlNode n = readSingle(file, c.text(), c.firstLine());
          if (!(n instanceof YamlScalar s && s.value() == null)) {
            out.add(n);
          }
        });
    return out;
  }

  /**
   * Splits a stream like k8s.io/apimachinery's {@code YAMLReader}: a line whose first three
   * characters are {@code ---} ends the current document; the rest of that line must be empty or a
   * comment, otherwise {@code invalid Yaml document separator: <rest trimmed>}. Lines lose their
   * {@code \r\n}/{@code \n} ending and get {@code \n}. Empty documents (no lines) are skipped;
   * whitespace-only documents are kept.
   */
  public List<Chunk> splitKubernetesDocuments(String file, String text) {
    List<Chunk> out = new ArrayList<>();
    splitKubernetesDocuments(file, text, out::add);
    return out;
  }

  private void splitKubernetesDocuments(
      String file, String text, java.util.function.Consumer<Chunk> sink) {
    checkSize(file, text);
    StringBuilder buf = new StringBuilder();
    int bufLine = 1;
    int lineNo = 0;
    int i = 0;
    int n = text.length();
    while (i < n) {
      int nl = text.indexOf('\n', i);
      int end = nl < 0 ? n : nl;
      int contentEnd = (nl >= 0 && end > i && text.charAt(end - 1) == '\r') ? end - 1 : end;
      String line = text.substring(i, contentEnd);
      lineNo++;
      i = nl < 0 ? n : nl + 1;
      if (line.startsWith("---")) {
        String trimmed = io.rset.gotemplate.fmt.GoStrconv.trimSpace(line.substring(3));
        if (!trimmed.isEmpty() && trimmed.charAt(0) != '#') {
          String msg = "invalid Yaml document separator: " + trimmed;
          Position pos = new Position(file, lineNo, 4);
          throw new YamlException(pos + ": " + msg, pos, msg);
        }
        if (buf.length() > 0) {
          sink.accept(new Chunk(buf.toString(), bufLine));
          buf.setLength(0);
        }
        bufLine = lineNo + 1;
        continue;
      }
      if (buf.length() == 0) {
        bufLine = lineNo;
      }
      buf.append(line).append('\n');
    }
    if (buf.length() > 0) {
      sink.accept(new Chunk(buf.toString(), bufLine));
    }
  }

  /**
   * snakeyaml-engine settings for {@code file} (its label), cached per last file name. The read
   * buffer (allocated per parse) is 512 chars for texts that fit in it, snakeyaml's default 1024
   * otherwise.
   */
  private LoadSettings settings(String file, int textLength) {
    CachedSettings c = lastSettings;
    if (c == null || !java.util.Objects.equals(c.file(), file)) {
      c = new CachedSettings(file, build(file, SMALL_BUFFER), build(file, LARGE_BUFFER));
      lastSettings = c;
    }
    return textLength < SMALL_BUFFER ? c.small() : c.large();
  }

  private LoadSettings fastSettings(int textLength) {
    return textLength < SMALL_BUFFER ? fastSmall : fastLarge;
  }

  private LoadSettings build(String file, int bufferSize) {
    return build(file, bufferSize, true);
  }

  private LoadSettings build(String file, int bufferSize, boolean marks) {
    return LoadSettings.builder()
        .setLabel(file)
        .setUseMarks(marks)
        .setCodePointLimit(Math.max(limits.maxCodePoints(), 1))
        .setAllowDuplicateKeys(true)
        .setBufferSize(bufferSize)
        .build();
  }

  private void checkSize(String file, String text) {
    if (text.length() > limits.maxCodePoints()
        && text.codePointCount(0, text.length()) > limits.maxCodePoints()) {
      String msg = "yaml: input too large: more than " + limits.maxCodePoints() + " code points";
      Position pos = new Position(file, 1, 1);
      throw new YamlException(pos + ": " + msg, pos, GO_PREFIX + msg);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Raw nodes: what the parser said, before go-yaml's decoding.

  private abstract static class Raw {
    final Position pos;

    Raw(Position pos) {
      this.pos = pos;
    }
  }

  private static final class RawScalar extends Raw {
    final String value;
    final String tag; // "" plain untagged; STR quoted untagged; else the explicit tag
    final boolean plainUntagged;

    RawScalar(Position pos, String value, String tag, boolean plainUntagged) {
      super(pos);
      this.value = value;
      this.tag = tag;
      this.plainUntagged = plainUntagged;
    }
  }

  private static final class RawSeq extends Raw {
    final List<Raw> items = new ArrayList<>();
    boolean open = true;

    RawSeq(Position pos) {
      super(pos);
    }
  }

  private static final class RawMap extends Raw {
    final List<Raw> keys = new ArrayList<>();
    final List<Raw> values = new ArrayList<>();
    boolean open = true;

    RawMap(Position pos) {
      super(pos);
    }
  }

  private static final class RawAlias extends Raw {
    final Raw target;

    RawAlias(Position pos, Raw target) {
      super(pos);
      this.target = target;
    }
  }

  private record Converted(YamlNode node, long size, int height) {}

  /** One read: the file name, line offset and the per-document state. */
  private final class Run {
    private final String file;
    private final int lineOffset;

    Run(String file, int lineOffset) {
      this.file = file;
      this.lineOffset = lineOffset;
    }

    private Position pos(Optional<Mark> m) {
      if (m.isPresent()) {
        Mark mk = m.get();
        return new Position(file, mk.getLine() + 1 + lineOffset, mk.getColumn() + 1);
      }
      return new Position(file, 1 + lineOffset, 1);
    }

    private YamlException error(String goText, Position pos) {
      Position p = pos != null ? pos : new Position(file, 1 + lineOffset, 1);
      return new YamlException(p + ": yaml: " + goText, p, GO_PREFIX + "yaml: " + goText);
    }

    private YamlException aliasing(Position p, String detail) {
      String go = "yaml: document contains excessive aliasing";
      return new YamlException(p + ": " + go + " (" + detail + ")", p, GO_PREFIX + go);
    }

    List<YamlNode> read(String text, boolean firstOnly) {
      checkSize(file, text);
      String current = text;
      long work = 0;
      int patches = 0;
      while (true) {
        try {
          return parse(current, firstOnly);
        } catch (YamlEngineException e) {
          work += current.length() + 1L;
          String patched =
              work <= MAX_REPARSE_WORK && patches++ < MAX_PATCHES ? patch(current, e) : null;
          if (patched == null) {
            GoYamlErrors.Translated t = GoYamlErrors.translate(e, file, lineOffset);
            String go = t.goText();
            String plain = t.text();
            if (TabPatch.isTabError(e)
                && TabPatch.leading(current, e)
                && TabPatch.inBlockScalar(current, e)) {
              go = go.replace(TAB_INDENT, TAB_IN_BLOCK_SCALAR);
              plain = plain.replace(TAB_INDENT, TAB_IN_BLOCK_SCALAR);
            } else if (TabPatch.isTabError(e)
                && (!TabPatch.leading(current, e) || !TabPatch.continuesPlainScalar(current, e))) {
              go = go.replace(TAB_INDENT, NO_TOKEN);
              plain = plain.replace(TAB_INDENT, NO_TOKEN);
            }
            Position p =
                t.position() != null ? t.position() : new Position(file, 1 + lineOffset, 1);
            throw new YamlException(p + ": " + plain, p, GO_PREFIX + go);
          }
          current = patched;
        } catch (YamlException e) {
          throw e;
        } catch (RuntimeException e) {
          // snakeyaml-engine fails with e.g. NumberFormatException on a truncated "\\u" escape
          String msg =
              e instanceof NumberFormatException
                  ? "yaml: did not find expected hexdecimal number"
                  : "yaml: cannot parse YAML content";
          Position p = new Position(file, 1 + lineOffset, 1);
          throw new YamlException(p + ": " + msg, p, GO_PREFIX + msg);
        }
      }
    }

    private List<YamlNode> parse(String text, boolean firstOnly) {
      LoadSettings settings = settings(file, text.length());
      ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, text));
      List<YamlNode> docs = new ArrayList<>();
      while (true) {
        Raw root = composeDocument(parser);
        if (root == NO_DOCUMENT) {
          break;
        }
        docs.add(new Converter().run(root));
        if (firstOnly) {
          break;
        }
      }
      return docs;
    }

    /** Composes the next document; NO_DOCUMENT at the end of the stream. */
    private Raw composeDocument(ParserImpl parser) {
      Map<String, Raw> anchors = new HashMap<>();
      Deque<Raw> stack = new ArrayDeque<>();
      Raw root = null;
      int aliases = 0;
      Position docStart = null;
      while (parser.hasNext()) {
        Event ev = parser.next();
        switch (ev.getEventId()) {
          case StreamStart, Comment:
            continue;
          case StreamEnd:
            return NO_DOCUMENT;
          case DocumentStart:
            docStart = pos(ev.getStartMark());
            continue;
          case DocumentEnd:
            return root != null
                ? root
                : new RawScalar(docStart != null ? docStart : pos(ev.getStartMark()), "", "", true);
          case SequenceEnd, MappingEnd:
            {
              Raw done = stack.pop();
              if (done instanceof RawSeq s) {
                s.open = false;
              } else {
                ((RawMap) done).open = false;
              }
              continue;
            }
          default:
            break;
        }
        Raw node;
        Position p = pos(ev.getStartMark());
        if (ev instanceof AliasEvent a) {
          String name = a.getAlias().getValue();
          Raw target = anchors.get(name);
          if (target == null) {
            throw error("unknown anchor '" + name + "' referenced", p);
          }
          if ((target instanceof RawSeq s && s.open) || (target instanceof RawMap m && m.open)) {
            throw error("anchor '" + name + "' value contains itself", p);
          }
          if (!(target instanceof RawScalar) && ++aliases > limits.maxAliases()) {
            throw aliasing(p, "more than " + limits.maxAliases() + " aliases to collections");
          }
          node = new RawAlias(p, target);
        } else if (ev instanceof ScalarEvent s) {
          String tag = s.getTag().orElse("");
          boolean plainUntagged = tag.isEmpty() && s.isPlain();
          if (tag.isEmpty() && !s.isPlain()) {
            tag = Yaml11Scalars.STR;
          }
          node = new RawScalar(p, s.getValue(), tag, plainUntagged);
        } else if (ev instanceof CollectionStartEvent) {
          if (stack.size() >= limits.maxDepth()) {
            throw error("exceeded max depth of " + limits.maxDepth(), p);
          }
          node = ev.getEventId() == Event.ID.SequenceStart ? new RawSeq(p) : new RawMap(p);
        } else {
          continue;
        }
        if (ev instanceof NodeEvent ne && !(ev instanceof AliasEvent)) {
          ne.getAnchor().ifPresent(an -> anchors.put(an.getValue(), node));
        }
        Raw parent = stack.peek();
        if (parent == null) {
          root = node;
        } else if (parent instanceof RawSeq s) {
          s.items.add(node);
        } else {
          RawMap m = (RawMap) parent;
          if (m.keys.size() == m.values.size()) {
            m.keys.add(node);
          } else {
            m.values.add(node);
          }
        }
        if (node instanceof RawSeq || node instanceof RawMap) {
          stack.push(node);
        }
      }
      return NO_DOCUMENT;
    }

    /** go-yaml decoding plus sigs.k8s.io/yaml's conversion of one document. */
    private final class Converter {
      private final IdentityHashMap<Raw, Converted> cache = new IdentityHashMap<>();
      private long expansion;
      private YamlException sigsError; // reported after go-yaml's own errors
      private YamlException jsonError; // reported after both

      YamlNode run(Raw root) {
        YamlNode n = convert(root, 0).node();
        if (sigsError != null) {
          throw sigsError;
        }
        if (jsonError != null) {
          throw jsonError;
        }
        return n;
      }

      private Converted convert(Raw r, int depth) {
        if (r instanceof RawAlias a) {
          Converted c = convert(a.target, depth);
          expansion += c.size();
          if (expansion > limits.maxAliasExpansion()) {
            throw aliasing(
                a.pos, "aliases expand to more than " + limits.maxAliasExpansion() + " nodes");
          }
          if (depth + c.height() > limits.maxDepth()) {
            throw error("exceeded max depth of " + limits.maxDepth(), a.pos);
          }
          return c;
        }
        Converted cached = cache.get(r);
        if (cached != null) {
          return cached;
        }
        Converted c;
        if (r instanceof RawScalar s) {
          c = new Converted(scalar(s), 1, 0);
        } else if (r instanceof RawSeq s) {
          List<YamlNode> items = new ArrayList<>(s.items.size());
          long size = 1;
          int height = 0;
          for (Raw item : s.items) {
            Converted ci = convert(item, depth + 1);
            items.add(ci.node());
            size = sat(size, ci.size());
            height = Math.max(height, ci.height() + 1);
          }
          c = new Converted(new YamlSeq(s.pos, items), size, height);
        } else {
          c = mapping((RawMap) r, depth);
        }
        cache.put(r, c);
        return c;
      }

      private Converted mapping(RawMap m, int depth) {
        // owned maps: handed to the YamlMap without a copy (nothing else keeps them)
        Map<String, YamlNode> entries = new YamlMap.Owned<>();
        Map<String, Position> keyPositions = new YamlMap.Owned<>();
        long size = 1;
        int height = 0;
        for (int i = 0; i < m.keys.size(); i++) {
          Raw k = m.keys.get(i);
          Raw v = i < m.values.size() ? m.values.get(i) : null;
          if (v == null) {
            break;
          }
          if (isMerge(k)) {
            Converted cv = merge(v, depth, entries, keyPositions);
            size = sat(size, cv.size());
            height = Math.max(height, cv.height());
            continue;
          }
          String key = key(k);
          Converted cv = convert(v, depth + 1);
          entries.remove(key);
          entries.put(key, cv.node());
          keyPositions.remove(key);
          keyPositions.put(key, k.pos);
          size = sat(size, cv.size() + 1);
          height = Math.max(height, cv.height() + 1);
        }
        return new Converted(new YamlMap(m.pos, entries, keyPositions), size, height);
      }

      private boolean isMerge(Raw k) {
        return k instanceof RawScalar s
            && s.value.equals("<<")
            && (s.plainUntagged || s.tag.equals(Yaml11Scalars.MERGE_TAG));
      }

      private Converted merge(
          Raw v, int depth, Map<String, YamlNode> entries, Map<String, Position> keyPositions) {
        List<Raw> sources = new ArrayList<>();
        Raw target = v instanceof RawAlias a ? a.target : v;
        if (target instanceof RawMap) {
          sources.add(v);
        } else if (v instanceof RawSeq seq) {
          for (int i = seq.items.size() - 1; i >= 0; i--) {
            Raw item = seq.items.get(i);
            Raw t = item instanceof RawAlias a ? a.target : item;
            if (!(t instanceof RawMap)) {
              throw error("map merge requires map or sequence of maps as the value", item.pos);
            }
            sources.add(item);
          }
        } else {
          throw error("map merge requires map or sequence of maps as the value", v.pos);
        }
        long size = 0;
        int height = 0;
        for (Raw src : sources) {
          Converted c = convert(src, depth);
          YamlMap ym = (YamlMap) c.node();
          ym.entries()
              .forEach(
                  (k, n) -> {
                    entries.remove(k);
                    entries.put(k, n);
                    keyPositions.remove(k);
                    keyPositions.put(k, ym.keyPositions().get(k));
                  });
          size = sat(size, c.size());
          height = Math.max(height, c.height());
        }
        return new Converted(null, size, height);
      }

      private String key(Raw k) {
        Raw t = k instanceof RawAlias a ? a.target : k;
        if (!(t instanceof RawScalar s)) {
          throw error("invalid map key: " + goSyntax(t), k.pos);
        }
        Object v = decode(s);
        if (v instanceof String str) {
          return str;
        } else if (v instanceof Long l) {
          return Long.toString(l);
        } else if (v instanceof Boolean b) {
          return b.toString();
        } else if (v instanceof Double d) {
          return GoParse.formatFloat32Key(d);
        }
        String text;
        if (v == null) {
          text = "unsupported map key of type: %!s(<nil>), key: <nil>, value: ";
        } else {
          text =
              "unsupported map key of type: uint64, key: 0x"
                  + Long.toHexString(((Yaml11Scalars.Uint64) v).bits())
                  + ", value: ";
        }
        if (sigsError == null) {
          Position p = k.pos;
          String msg = text + "...";
          sigsError = new YamlException(p + ": " + msg, p, GO_PREFIX + msg);
        }
        return "";
      }

      private Object decode(RawScalar s) {
        if (s.plainUntagged) {
          return Yaml11Scalars.resolvePlain(s.value);
        }
        try {
          return Yaml11Scalars.decode(s.tag, s.value);
        } catch (Yaml11Scalars.TagMismatch e) {
          throw error(e.getMessage(), s.pos);
        }
      }

      private YamlScalar scalar(RawScalar s) {
        Object v = decode(s);
        Object out;
        if (v instanceof Yaml11Scalars.Uint64 u) {
          out = Double.parseDouble(u.toString());
        } else if (v instanceof Double d) {
          if (d.isNaN() || d.isInfinite()) {
            if (jsonError == null) {
              String msg =
                  "json: unsupported value: " + (d.isNaN() ? "NaN" : d > 0 ? "+Inf" : "-Inf");
              jsonError = new YamlException(s.pos + ": " + msg, s.pos, GO_PREFIX + msg);
            }
            out = d;
          } else {
            out = KubeNumbers.normalize(d);
          }
        } else {
          out = v;
        }
        return new YamlScalar(s.pos, out, s.value);
      }
    }
  }

  private static final String TAB_INDENT = "found a tab character that violates indentation";
  private static final String NO_TOKEN = "found character that cannot start any token";
  private static final String TAB_IN_BLOCK_SCALAR =
      "found a tab character where an indentation space is expected";

  /**
   * Re-parsing after patches stops after this many patches or once this many chars have been parsed
   * in total (each patch re-parses the text); the error at hand is then reported.
   */
  private static final int MAX_PATCHES = 100;

  private static final long MAX_REPARSE_WORK = 8L * 1024 * 1024;

  /** Rewrites the text at the error when go-yaml would have accepted it; null otherwise. */
  private static String patch(String text, YamlEngineException e) {
    String p = patchLineSeparatorEscape(text, e);
    if (p == null) {
      p = BlockScalarPatch.patch(text, e);
    }
    return p != null ? p : TabPatch.patch(text, e);
  }

  /**
   * snakeyaml-engine does not know the escapes {@code \\L} (U+2028) and {@code \\P} (U+2029) that
   * go-yaml reads and writes in double-quoted scalars. When the scanner stops at one, the escape is
   * rewritten as {@code \\u2028}/{@code \\u2029} and the text parsed again (later columns on that
   * line shift by four). Returns null for any other error.
   */
  static String patchLineSeparatorEscape(String text, YamlEngineException e) {
    if (!(e instanceof org.snakeyaml.engine.v2.exceptions.ScannerException se)
        || se.getProblem() == null
        || !(se.getProblem().startsWith("found unknown escape character L(76)")
            || se.getProblem().startsWith("found unknown escape character P(80)"))
        || se.getProblemMark().isEmpty()) {
      return null;
    }
    int cp = se.getProblemMark().get().getIndex();
    if (cp < 1 || cp > text.codePointCount(0, text.length())) {
      return null;
    }
    int at = text.offsetByCodePoints(0, cp);
    for (int i : new int[] {at, at - 1}) {
      if (i >= 1
          && i < text.length()
          && text.charAt(i - 1) == '\\'
          && (text.charAt(i) == 'L' || text.charAt(i) == 'P')) {
        return text.substring(0, i)
            + (text.charAt(i) == 'L' ? "u2028" : "u2029")
            + text.substring(i + 1);
      }
    }
    return null;
  }

  private static final Raw NO_DOCUMENT = new RawScalar(new Position("", 0, 0), "", "", true);

  private static long sat(long a, long b) {
    long r = a + b;
    return r < 0 ? Long.MAX_VALUE : r;
  }

  /** A short Go-syntax-like rendering of a collection used as a key (for messages only). */
  private static String goSyntax(Raw r) {
    if (r instanceof RawSeq) {
      return "[]interface {}{...}";
    }
    return "map[interface {}]interface {}{...}";
  }
}

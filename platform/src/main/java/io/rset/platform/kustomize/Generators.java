package io.rset.platform.kustomize;

import io.rset.core.yaml.Position;
import io.rset.platform.kustomize.Kustomization.GeneratorArgs;
import io.rset.platform.kustomize.Kustomization.GeneratorOptions;
import io.rset.platform.kustomize.StrictDecoder.Text;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;

/**
 * kustomize's ConfigMap and Secret generators: key/value pairs from env files, literals and files
 * (in that order; a repeated key is an error), turned into a ConfigMap ({@code data} for UTF-8
 * values, base64 {@code binaryData} otherwise) or a Secret (base64 {@code data}, {@code type}
 * Opaque by default), with the options' labels, annotations and {@code immutable}, marked for a
 * name hash unless disabled.
 */
final class Generators {
  private final Loader loader;
  private final Path kustomizationFile;
  private final boolean lenient;
  private final List<KustomizeProblem> problems;

  Generators(
      Loader loader, Path kustomizationFile, boolean lenient, List<KustomizeProblem> problems) {
    this.loader = loader;
    this.kustomizationFile = kustomizationFile;
    this.lenient = lenient;
    this.problems = problems;
  }

  /** One key/value pair and the entry it came from. */
  private record Pair(String key, byte[] value, Path source, Position pos) {}

  private KustomizeException error(Position p, String msg) {
    return p == null
        ? new KustomizeException(msg, kustomizationFile)
        : new KustomizeException(msg, kustomizationFile, p.line(), p.column());
  }

  /** Generates one resource; its entries are recorded in {@code generated}. */
  Res generate(GeneratorArgs args, boolean secret, GeneratorOptions global, Generated generated) {
    String kind = secret ? "Secret" : "ConfigMap";
    if (args.name().isEmpty()) {
      throw error(args.pos(), "a configmap must have a name");
    }
    GeneratorOptions opts = GeneratorOptions.merge(args.options(), global);
    List<Pair> pairs = pairs(args);
    Set<String> seen = new HashSet<>();
    TreeMap<String, byte[]> data = new TreeMap<>(GoStrings::compare);
    for (Pair p : pairs) {
      if (!seen.add(p.key())) {
        throw error(
            p.pos(), "configmap " + args.name() + " illegally repeats the key `" + p.key() + "`");
      }
      if (p.value() != null) {
        data.put(p.key(), p.value());
      }
    }
    KNode n = KNode.map();
    n.append("apiVersion", KNode.string("v1"));
    n.append("kind", KNode.string(kind));
    KNode md = KNode.map();
    n.append("metadata", md);
    md.append("name", KNode.string(args.name()));
    if (!args.namespace().isEmpty()) {
      md.append("namespace", KNode.string(args.namespace()));
    }
    if (secret) {
      n.setField("type", KNode.string(args.type().isEmpty() ? "Opaque" : args.type()));
      KNode d = n.lookupCreate(KNode.Kind.MAP, "data");
      data.forEach((k, v) -> d.setField(k, valueNode(base64(v))));
    } else {
      data.forEach(
          (k, v) -> {
            String s = utf8(v);
            String field = s != null ? "data" : "binaryData";
            KNode d = n.lookupCreate(KNode.Kind.MAP, field);
            d.setField(k, valueNode(s != null ? s : base64(v)));
          });
    }
    Res res = new Res(n, kustomizationFile, args.pos().line(), args.pos().column());
    if (opts != null) {
      if (opts.labels() != null) {
        new TreeMap<>(opts.labels()).forEach((k, v) -> setMeta(n, "labels", k, v));
      }
      if (opts.annotations() != null) {
        new TreeMap<>(opts.annotations()).forEach(res::setAnnotation);
      }
      if (opts.immutable()) {
        n.setField("immutable", KNode.scalar(KNode.BOOL, "true"));
      }
    }
    if (opts == null || !opts.disableNameSuffixHash()) {
      res.enable(Res.NEEDS_HASH);
    }
    res.setBehavior(
        switch (args.behavior()) {
          case "create", "merge", "replace" -> args.behavior();
          default -> "unspecified";
        });
    for (Pair p : pairs) {
      generated.add(
          kind,
          args.name(),
          p.key(),
          p.source(),
          kustomizationFile,
          p.pos() == null ? 0 : p.pos().line(),
          p.pos() == null ? 0 : p.pos().column(),
          res);
    }
    return res;
  }

  private static void setMeta(KNode n, String field, String k, String v) {
    KNode m = n.lookupCreate(KNode.Kind.MAP, "metadata", field);
    m.setField(k, KNode.string(v));
  }

  private static KNode valueNode(String s) {
    KNode v = KNode.scalar(KNode.STR, s);
    if (s.indexOf('\n') >= 0) {
      v.style = KNode.LITERAL;
    }
    return v;
  }

  /** The value as a string when it is valid UTF-8, else null. */
  static String utf8(byte[] b) {
    try {
      return StandardCharsets.UTF_8
          .newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(b))
          .toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  /**
   * kyaml's encodeBase64: standard base64 in lines of 70, each ending in \n when there are more.
   */
  static String base64(byte[] b) {
    String enc = Base64.getEncoder().encodeToString(b);
    int lines = enc.length() / 70 + 1;
    if (lines <= 1) {
      return enc;
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < enc.length(); i += 70) {
      sb.append(enc, i, Math.min(i + 70, enc.length())).append('\n');
    }
    return sb.toString();
  }

  private List<Pair> pairs(GeneratorArgs args) {
    List<Pair> out = new ArrayList<>();
    for (Text env : args.envs()) {
      byte[] content = read(env, env.value());
      if (content != null) {
        out.addAll(envPairs(env, content));
      }
    }
    for (Text lit : args.literals()) {
      String s = lit.value();
      int eq = s.indexOf('=');
      if (eq <= 0) {
        throw error(lit.pos(), "invalid literal source " + s + ", expected key=value");
      }
      out.add(
          new Pair(
              s.substring(0, eq),
              removeQuotes(s.substring(eq + 1)).getBytes(StandardCharsets.UTF_8),
              null,
              lit.pos()));
    }
    for (Text file : args.files()) {
      String s = file.value();
      long n = s.chars().filter(c -> c == '=').count();
      String key;
      String path;
      if (n == 0) {
        key = goPathBase(s);
        path = s;
      } else if (n == 1 && s.startsWith("=")) {
        throw error(
            file.pos(),
            "missing key name for file path \"" + s.substring(1) + "\" in source \"" + s + "\"");
      } else if (n == 1 && s.endsWith("=")) {
        throw error(
            file.pos(),
            "missing file path for key name \""
                + s.substring(0, s.length() - 1)
                + "\" in source \""
                + s
                + "\"");
      } else if (n > 1) {
        throw error(file.pos(), "source \"" + s + "\" key name or file path contains '='");
      } else {
        key = s.substring(0, s.indexOf('='));
        path = s.substring(s.indexOf('=') + 1);
      }
      byte[] content = read(file, path);
      out.add(new Pair(key, content, loader.resolve(path), file.pos()));
    }
    return out;
  }

  /** Reads a generator file; in lenient mode a missing file is a problem and null. */
  private byte[] read(Text entry, String path) {
    try {
      return loader.load(path);
    } catch (Loader.LoadException e) {
      Position p = entry.pos();
      String msg = "generator file \"" + path + "\": " + e.getMessage();
      if (lenient && e.missing) {
        problems.add(new KustomizeProblem(msg, kustomizationFile, p.line(), p.column()));
        return null;
      }
      throw error(p, msg);
    }
  }

  private List<Pair> envPairs(Text env, byte[] content) {
    List<Pair> out = new ArrayList<>();
    Path source = loader.resolve(env.value());
    int start = 0;
    int lineNo = 0;
    while (start < content.length) {
      int end = start;
      while (end < content.length && content[end] != '\n') {
        end++;
      }
      int lineEnd = end;
      if (lineEnd > start && content[lineEnd - 1] == '\r') {
        lineEnd--;
      }
      byte[] raw = java.util.Arrays.copyOfRange(content, start, lineEnd);
      String line = utf8(raw);
      if (line == null) {
        throw error(
            env.pos(),
            "env file \"" + env.value() + "\": line " + (lineNo + 1) + " has invalid utf8 bytes");
      }
      if (lineNo == 0 && line.startsWith("\uFEFF")) {
        line = line.substring(1);
      }
      line = trimLeftSpace(line);
      lineNo++;
      start = end + 1;
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      int eq = line.indexOf('=');
      String key = eq < 0 ? line : line.substring(0, eq);
      String value = eq < 0 ? "" : line.substring(eq + 1);
      if (key.isEmpty()) {
        continue;
      }
      out.add(new Pair(key, value.getBytes(StandardCharsets.UTF_8), source, env.pos()));
    }
    return out;
  }

  /** bytes.TrimLeftFunc(line, unicode.IsSpace). */
  private static String trimLeftSpace(String s) {
    int i = 0;
    while (i < s.length()) {
      int c = s.codePointAt(i);
      if (!io.rset.gotemplate.fmt.GoStrconv.isSpace(c)) {
        break;
      }
      i += Character.charCount(c);
    }
    return s.substring(i);
  }

  /** removeQuotes: strips one pair of matching surrounding ' or " quotes. */
  static String removeQuotes(String s) {
    if (s.length() < 2 || s.charAt(0) != s.charAt(s.length() - 1)) {
      return s;
    }
    if (s.charAt(0) == '"' || s.charAt(0) == '\'') {
      return s.substring(1, s.length() - 1);
    }
    return s;
  }

  /** Go's path.Base. */
  static String goPathBase(String p) {
    if (p.isEmpty()) {
      return ".";
    }
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    int i = p.lastIndexOf('/');
    if (i >= 0) {
      p = p.substring(i + 1);
    }
    return p.isEmpty() ? "/" : p;
  }
}

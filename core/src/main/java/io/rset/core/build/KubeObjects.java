package io.rset.core.build;

import io.rset.gotemplate.fmt.GoStrconv;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decoding of rendered text into Kubernetes-style objects as the Flux Operator does it (spec §3.4
 * step 3, §3.5): the Kubernetes YAML document reader, the YAML-or-JSON stream decoder and the
 * unstructured JSON scheme's kind check, plus the object accessors the builder needs (dedup key,
 * display name, exclusion annotation).
 *
 * <p>Objects are mutable {@code LinkedHashMap<String, Object>} trees of plain Java values.
 */
final class KubeObjects {
  private KubeObjects() {}

  static final String RECONCILE_ANNOTATION = "fluxcd.controlplane.io/reconcile";

  /** A text that cannot be decoded; the message is Go's. */
  static final class ReadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int line;

    ReadException(String message, int line) {
      super(message, null, false, false);
      this.line = line;
    }

    /** 1-based line within the rendered text, or 0 when unknown. */
    int line() {
      return line;
    }
  }

  /** The first object of a rendered text (fluxcd/pkg/ssa ReadObject). */
  static Map<String, Object> readObject(String text) throws ReadException {
    Map<String, Object> o = new StreamDecoder(text).next();
    if (o == null) {
      throw new ReadException("EOF", 0);
    }
    return o;
  }

  /**
   * Every object of a rendered multi-document text (ReadObjects): {@code items} lists expanded,
   * objects without name, kind or apiVersion dropped, kustomize Kustomizations dropped.
   */
  static List<Map<String, Object>> readObjects(String text) throws ReadException {
    StreamDecoder d = new StreamDecoder(text);
    List<Map<String, Object>> out = new ArrayList<>();
    Map<String, Object> o;
    while ((o = d.next()) != null) {
      if (o.get("items") instanceof List<?> items) {
        for (Object item : items) {
          if (!(item instanceof Map<?, ?>)) {
            throw new ReadException(
                "items member is not an object: map[string]interface {}", d.docLine);
          }
          @SuppressWarnings("unchecked")
          Map<String, Object> child = (Map<String, Object>) item;
          out.add(child);
        }
        continue;
      }
      String kind = getString(o, "kind");
      String apiVersion = getString(o, "apiVersion");
      if (getString(o, "metadata", "name").isEmpty() || kind.isEmpty() || apiVersion.isEmpty()) {
        continue;
      }
      if (kind.equalsIgnoreCase("kustomization")
          && apiVersion.startsWith("kustomize.config.k8s.io/")) {
        continue;
      }
      out.add(o);
    }
    return out;
  }

  // ---- the Kubernetes YAML reader ----

  /** Splits a text into documents like k8s.io/apimachinery's YAMLReader. */
  static final class DocReader {
    private final String text;
    private int pos;
    private int line = 1; // 1-based line of the next line to read
    int docLine; // 1-based line where the last returned document starts

    DocReader(String text) {
      this.text = text;
    }

    /** The next non-empty document (each line ending in "\n"), or null at the end. */
    String next() throws ReadException {
      StringBuilder buf = new StringBuilder();
      int start = line;
      while (pos < text.length()) {
        int nl = text.indexOf('\n', pos);
        int lineStart = pos;
        int lineEnd;
        if (nl < 0) {
          lineEnd = text.length();
          pos = text.length();
        } else {
          lineEnd = nl;
          pos = nl + 1;
          if (lineEnd > lineStart && text.charAt(lineEnd - 1) == '\r') {
            lineEnd--;
          }
        }
        int thisLine = line++;
        if (text.startsWith("---", lineStart) && lineEnd - lineStart >= 3) {
          String rest = GoStrconv.trimSpace(text.substring(lineStart + 3, lineEnd));
          if (!rest.isEmpty() && rest.charAt(0) != '#') {
            throw new ReadException("invalid Yaml document separator: " + rest, thisLine);
          }
          if (!buf.isEmpty()) {
            docLine = start;
            return buf.toString();
          }
          start = line;
          continue;
        }
        buf.append(text, lineStart, lineEnd).append('\n');
      }
      if (!buf.isEmpty()) {
        docLine = start;
        return buf.toString();
      }
      return null;
    }
  }

  // ---- the YAML-or-JSON stream decoder ----

  /**
   * Yields the objects of a text like the apimachinery YAML-or-JSON decoder: a text whose first
   * 2048 characters start (after white space) with '{' is read as a sequence of JSON values,
   * falling back to YAML documents from where the JSON reading stopped when that fails before a
   * second value was read. A document that decodes to null yields an empty object.
   */
  static final class StreamDecoder {
    private final String text;
    private boolean jsonMode;
    private int jsonPos;
    private int count;
    private DocReader yaml;
    int docLine;

    StreamDecoder(String text) {
      this.text = text;
      String head = text.length() > 2048 ? text.substring(0, 2048) : text;
      int i = 0;
      while (i < head.length() && GoStrconv.isSpace(head.charAt(i))) {
        i++;
      }
      jsonMode = i < head.length() && head.charAt(i) == '{';
      if (!jsonMode) {
        yaml = new DocReader(text);
      }
    }

    /** The next object, or null at the end. */
    Map<String, Object> next() throws ReadException {
      ReadException firstErr = null;
      if (jsonMode) {
        int p = jsonPos;
        while (p < text.length() && " \t\r\n".indexOf(text.charAt(p)) >= 0) {
          p++;
        }
        if (p == text.length()) {
          return null;
        }
        int end = JsonScan.valueEnd(text, p);
        if (end > 0) {
          String raw = text.substring(p, end);
          try {
            Object v = RenderedYaml.decode(raw);
            Map<String, Object> o = unstructured(v, raw);
            count++;
            jsonPos = end;
            docLine = lineOf(p);
            return o;
          } catch (RenderedYaml.DecodeException e) {
            firstErr = new ReadException(e.getMessage(), lineOf(p));
          } catch (ReadException e) {
            firstErr = e;
          }
        } else {
          firstErr = new ReadException("unexpected EOF", lineOf(p));
        }
        if (count > 1) {
          throw firstErr;
        }
        String rest = text.substring(jsonPos);
        jsonMode = false;
        int skip = 0;
        boolean found = false;
        while (skip < rest.length()) {
          char c = rest.charAt(skip);
          if (!GoStrconv.isSpace(c)) {
            found = true;
            break;
          }
          skip++;
          if (c == '\n') {
            found = true;
            break;
          }
        }
        if (!found) {
          throw firstErr;
        }
        yaml = new DocReader(rest.substring(skip));
      }
      String doc;
      try {
        doc = yaml.next();
      } catch (ReadException e) {
        throw firstErr != null ? firstErr : e;
      }
      if (doc == null) {
        return null;
      }
      docLine = yaml.docLine;
      try {
        Map<String, Object> o = decodeDoc(doc, yaml.docLine);
        count++;
        return o;
      } catch (ReadException e) {
        throw firstErr != null ? firstErr : e;
      }
    }

    private int lineOf(int offset) {
      int n = 1;
      for (int i = 0; i < offset; i++) {
        if (text.charAt(i) == '\n') {
          n++;
        }
      }
      return n;
    }
  }

  /** YAML to JSON, null to an empty object, anything else through the unstructured scheme. */
  static Map<String, Object> decodeDoc(String doc, int firstLine) throws ReadException {
    Object v;
    try {
      v = RenderedYaml.decode(doc);
    } catch (RenderedYaml.DecodeException e) {
      throw new ReadException(e.getMessage(), e.line() > 0 ? firstLine + e.line() - 1 : firstLine);
    }
    if (v == null) {
      return new LinkedHashMap<>();
    }
    try {
      return unstructured(v, null);
    } catch (ReadException e) {
      throw new ReadException(
          "error unmarshaling JSON: while decoding JSON: " + e.getMessage(), firstLine);
    }
  }

  /**
   * The unstructured JSON scheme: the value must be a JSON object with a kind and an apiVersion of
   * at most one '/'. {@code raw} is the JSON text for the message (null: Go's encoding of v).
   */
  @SuppressWarnings("unchecked")
  static Map<String, Object> unstructured(Object v, String raw) throws ReadException {
    if (!(v instanceof Map<?, ?>)) {
      throw new ReadException(
          "json: cannot unmarshal "
              + jsonKind(v)
              + " into Go value of type map[string]interface {}",
          0);
    }
    Map<String, Object> m = (Map<String, Object>) v;
    if (groupOf(getString(m, "apiVersion")) == null || getString(m, "kind").isEmpty()) {
      String json = raw;
      if (json == null) {
        try {
          json = GoText.json(m);
        } catch (GoText.MarshalException e) {
          json = String.valueOf(m);
        }
      }
      throw new ReadException("Object 'Kind' is missing in '" + json + "'", 0);
    }
    return m;
  }

  private static String jsonKind(Object v) {
    if (v instanceof List<?>) {
      return "array";
    }
    if (v instanceof String) {
      return "string";
    }
    if (v instanceof Boolean) {
      return "bool";
    }
    return "number";
  }

  // ---- accessors ----

  /** A nested value, or null when absent or when a non-map is met on the way. */
  static Object field(Map<String, Object> o, String... path) {
    Object cur = o;
    for (String f : path) {
      if (!(cur instanceof Map<?, ?> m)) {
        return null;
      }
      cur = m.get(f);
    }
    return cur;
  }

  /** A nested string, "" when absent or not a string. */
  static String getString(Map<String, Object> o, String... path) {
    return field(o, path) instanceof String s ? s : "";
  }

  /**
   * A nested string map read the way unstructured labels/annotations are: null values become "",
   * and the result is null when the map is absent, not a map, or holds another non-string value.
   */
  static Map<String, String> getStringMap(Map<String, Object> o, String... path) {
    if (!(field(o, path) instanceof Map<?, ?> m)) {
      return null;
    }
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : m.entrySet()) {
      Object v = e.getValue();
      if (v == null) {
        out.put((String) e.getKey(), "");
      } else if (v instanceof String s) {
        out.put((String) e.getKey(), s);
      } else {
        return null;
      }
    }
    return out;
  }

  /** The group of an apiVersion; null when it has more than one '/'. */
  static String groupOf(String apiVersion) {
    if (apiVersion.isEmpty() || apiVersion.equals("/")) {
      return "";
    }
    int i = apiVersion.indexOf('/');
    if (i < 0) {
      return "";
    }
    return apiVersion.indexOf('/', i + 1) >= 0 ? null : apiVersion.substring(0, i);
  }

  /** The deduplication key group/kind/namespace/name (no version). */
  static String key(Map<String, Object> o) {
    String group = groupOf(getString(o, "apiVersion"));
    return (group == null ? "" : group)
        + "/"
        + getString(o, "kind")
        + "/"
        + getString(o, "metadata", "namespace")
        + "/"
        + getString(o, "metadata", "name");
  }

  /** Kind/namespace/name, the namespace left out when empty. */
  static String display(Map<String, Object> o) {
    String kind = groupOf(getString(o, "apiVersion")) == null ? "" : getString(o, "kind");
    String ns = getString(o, "metadata", "namespace");
    return kind + "/" + (ns.isEmpty() ? "" : ns + "/") + getString(o, "metadata", "name");
  }

  /** Whether the object carries {@code fluxcd.controlplane.io/reconcile: disabled}. */
  static boolean excluded(Map<String, Object> o) {
    Map<String, String> a = getStringMap(o, "metadata", "annotations");
    return a != null && "disabled".equals(a.get(RECONCILE_ANNOTATION));
  }
}

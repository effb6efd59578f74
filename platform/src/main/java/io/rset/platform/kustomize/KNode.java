package io.rset.platform.kustomize;

import java.util.ArrayList;
import java.util.List;

/**
 * A mutable YAML node as kustomize's kyaml library holds it (go-yaml v3's {@code yaml.Node}):
 * scalars keep their source text, tag and style; mappings keep their keys as nodes in source order.
 * Kustomize transforms these nodes, not decoded values, so the output follows from the node state
 * (see {@link NodeJson}). Aliases are already expanded and merge keys applied by the reader.
 *
 * <p>Invariant: a mapping's {@link #content} alternates key, value; keys are scalars.
 */
final class KNode {
  enum Kind {
    MAP,
    SEQ,
    SCALAR
  }

  /** go-yaml v3's style bits, as far as they change the meaning of a scalar. */
  static final int TAGGED = 1;

  static final int DOUBLE_QUOTED = 2;
  static final int SINGLE_QUOTED = 4;
  static final int LITERAL = 8;
  static final int FOLDED = 16;
  static final int FLOW = 32;
  static final int QUOTED_STYLES = DOUBLE_QUOTED | SINGLE_QUOTED | LITERAL | FOLDED;

  static final String STR = "!!str";
  static final String NULL = "!!null";
  static final String MAP_TAG = "!!map";
  static final String SEQ_TAG = "!!seq";
  static final String BOOL = "!!bool";
  static final String INT = "!!int";
  static final String FLOAT = "!!float";
  static final String MERGE = "!!merge";

  Kind kind;
  String tag;
  String value;
  int style;
  List<KNode> content;

  /** kyaml's ShouldKeep: an explicit null kept by a field setter instead of clearing the field. */
  boolean keep;

  /** While reading: the anchored node this alias stands for; null otherwise. */
  KNode alias;

  /** 1-based source position, 0 for created nodes. */
  int line;

  int column;

  private KNode(Kind kind, String tag, String value) {
    this.kind = kind;
    this.tag = tag;
    this.value = value;
    this.content = kind == Kind.SCALAR ? null : new ArrayList<>();
  }

  static KNode map() {
    return new KNode(Kind.MAP, MAP_TAG, "");
  }

  static KNode seq() {
    return new KNode(Kind.SEQ, SEQ_TAG, "");
  }

  /** A scalar with the given tag ("" resolves from the value, like yaml.NewScalarRNode). */
  static KNode scalar(String tag, String value) {
    return new KNode(Kind.SCALAR, tag, value);
  }

  /** kyaml's NewScalarRNode: no tag, plain style; the value's type is resolved on output. */
  static KNode untagged(String value) {
    return scalar("", value);
  }

  /** kyaml's NewStringRNode (yaml.Node.SetString): a !!str, literal style if multi-line. */
  static KNode string(String value) {
    KNode n = scalar(STR, value);
    if (value.indexOf('\n') >= 0) {
      n.style = LITERAL;
    }
    return n;
  }

  static KNode nullNode() {
    return scalar(NULL, "null");
  }

  /** kyaml's MakePersistentNullNode: an explicit null that field setters keep. */
  static KNode persistentNull(String value) {
    KNode n = scalar(NULL, value);
    n.keep = true;
    return n;
  }

  boolean isMap() {
    return kind == Kind.MAP;
  }

  boolean isSeq() {
    return kind == Kind.SEQ;
  }

  boolean isScalar() {
    return kind == Kind.SCALAR;
  }

  boolean isTaggedNull() {
    return NULL.equals(tag);
  }

  /** kyaml's IsMissingOrNull. */
  static boolean isMissingOrNull(KNode n) {
    return n == null || n.isTaggedNull();
  }

  /** kyaml's IsYNodeNilOrEmpty (also IsNilOrEmpty on an RNode). */
  static boolean isNilOrEmpty(KNode n) {
    return n == null || n.isTaggedNull() || (n.kind != Kind.SCALAR && n.content.isEmpty());
  }

  static boolean isEmptyMap(KNode n) {
    return n != null && n.isMap() && n.content.isEmpty();
  }

  /** kyaml's ShortTag: the tag, or the one resolution would give an untagged node. */
  String shortTag() {
    if (kind == Kind.SCALAR
        && (STR.equals(tag)
            || ((tag.isEmpty() || tag.equals("!")) && (style & QUOTED_STYLES) != 0))) {
      return STR;
    }
    if (tag.isEmpty() || tag.equals("!")) {
      return switch (kind) {
        case MAP -> MAP_TAG;
        case SEQ -> SEQ_TAG;
        case SCALAR -> V3Scalars.resolveTag(value);
      };
    }
    return tag;
  }

  KNode copy() {
    KNode c = new KNode(kind, tag, value);
    c.style = style;
    c.keep = keep;
    c.line = line;
    c.column = column;
    if (content != null) {
      for (KNode k : content) {
        c.content.add(k.copy());
      }
    }
    return c;
  }

  /** Overwrites this node with another's state (go's {@code *yn = *other}). */
  void become(KNode other) {
    kind = other.kind;
    tag = other.tag;
    value = other.value;
    style = other.style;
    keep = other.keep;
    line = other.line;
    column = other.column;
    content = other.content;
  }

  // ---------------------------------------------------------------------------------------------
  // Mapping access (first matching key wins, as kyaml's visitMappingNodeFields).

  /** Index of the key node of {@code name}, or -1; -1 for non-mappings. */
  int keyIndex(String name) {
    if (kind != Kind.MAP) {
      return -1;
    }
    for (int i = 0; i + 1 < content.size(); i += 2) {
      if (content.get(i).value.equals(name)) {
        return i;
      }
    }
    return -1;
  }

  /** The value of field {@code name}, or null when absent or this is not a mapping. */
  KNode field(String name) {
    int i = keyIndex(name);
    return i < 0 ? null : content.get(i + 1);
  }

  List<String> fieldNames() {
    List<String> out = new ArrayList<>();
    if (kind == Kind.MAP) {
      for (int i = 0; i + 1 < content.size(); i += 2) {
        out.add(content.get(i).value);
      }
    }
    return out;
  }

  /** kyaml's Clear: removes the first field named {@code name}; returns its value or null. */
  KNode clear(String name) {
    int i = keyIndex(name);
    if (i < 0) {
      return null;
    }
    KNode v = content.get(i + 1);
    content.remove(i + 1);
    content.remove(i);
    return v;
  }

  /** Appends a field without looking for an existing one. */
  void append(String name, KNode value) {
    content.add(untaggedKey(name));
    content.add(value);
  }

  private static KNode untaggedKey(String name) {
    return scalar("", name);
  }

  /**
   * kyaml's FieldSetter with a name: clears the field when the value is null (or a null without
   * {@link #keep}); otherwise replaces the existing value in place (taking the old value's style)
   * or appends the field. A plain untagged string that YAML 1.1 would read as a non-string is
   * double-quoted first.
   */
  KNode setField(String name, KNode v) {
    if (v == null || (v.isTaggedNull() && !v.keep)) {
      clear(name);
      return null;
    }
    quoteIfYaml11NonString(v);
    int i = keyIndex(name);
    if (i >= 0) {
      KNode old = content.get(i + 1);
      v.style = old.style;
      content.set(i + 1, v);
      return v;
    }
    content.add(untaggedKey(name));
    content.add(v);
    return v;
  }

  /** FieldSetter on a scalar without a name: replaces this scalar's state, keeping the style. */
  void setScalar(KNode v) {
    if (isMissingOrNull(v)) {
      return;
    }
    quoteIfYaml11NonString(v);
    int keepStyle = style;
    become(v.copy());
    style = keepStyle;
  }

  private static void quoteIfYaml11NonString(KNode v) {
    if (v.kind == Kind.SCALAR
        && (v.tag.equals(STR) || v.tag.isEmpty())
        && v.style == 0
        && Yaml11.isNonString(v.value)) {
      v.style = DOUBLE_QUOTED;
    }
  }

  /**
   * kyaml's LookupCreate(kind, path...): walks mapping fields, creating missing ones (mappings on
   * the way, {@code last} at the end). Returns null when a step is not a mapping.
   */
  KNode lookupCreate(Kind last, String... path) {
    KNode cur = this;
    for (int i = 0; i < path.length; i++) {
      if (cur.kind != Kind.MAP) {
        return null;
      }
      KNode next = cur.field(path[i]);
      if (next == null) {
        Kind k = i == path.length - 1 ? last : Kind.MAP;
        next = k == Kind.MAP ? map() : k == Kind.SEQ ? seq() : scalar("", "");
        cur.append(path[i], next);
      }
      cur = next;
    }
    return cur;
  }

  @Override
  public String toString() {
    return switch (kind) {
      case SCALAR -> tag + " " + value;
      case MAP, SEQ -> kind + content.toString();
    };
  }
}

package io.rset.platform.kustomize;

import java.util.List;

/**
 * kustomize's fieldspec/fsslice filters: finds the nodes a {@link FieldSpec} names in an object,
 * walking into every element of sequences met on the way, creating missing fields when the spec
 * says so, and hands each found node to a {@link Setter}.
 */
final class FieldSpecWalker {
  private FieldSpecWalker() {}

  /** What to do with a found node. */
  @FunctionalInterface
  interface Setter {
    void set(KNode node);
  }

  /** A walk that cannot continue (e.g. a scalar where the path needs a mapping). */
  static final class WalkException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    WalkException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Applies every spec of {@code specs} that matches {@code obj}.
   *
   * @param createKind kind of node created at the end of a path, null to never create
   * @param createTag tag given to a null found at the end of a path when creating
   */
  static void apply(
      KNode obj, List<FieldSpec> specs, Setter setter, KNode.Kind createKind, String createTag) {
    for (FieldSpec fs : specs) {
      apply(obj, fs, setter, createKind, createTag);
    }
  }

  static void apply(
      KNode obj, FieldSpec fs, Setter setter, KNode.Kind createKind, String createTag) {
    if (!fs.matches(obj)) {
      return;
    }
    List<String> path = fs.segments();
    try {
      walk(obj, path, 0, fs, setter, createKind, createTag);
    } catch (WalkException e) {
      throw new WalkException(
          "considering field '"
              + fs.path()
              + "' of object "
              + ResId.of(obj)
              + ": "
              + e.getMessage());
    }
  }

  private static void walk(
      KNode node,
      List<String> path,
      int at,
      FieldSpec fs,
      Setter setter,
      KNode.Kind createKind,
      String createTag) {
    if (at == path.size()) {
      setter.set(node);
      return;
    }
    if (node == null || node.isTaggedNull()) {
      return;
    }
    switch (node.kind) {
      case SEQ -> {
        for (KNode elem : List.copyOf(node.content)) {
          walk(elem, path, at, fs, setter, createKind, createTag);
        }
      }
      case MAP -> walkMap(node, path, at, fs, setter, createKind, createTag);
      default -> throw new WalkException("expected sequence or mapping node");
    }
  }

  private static void walkMap(
      KNode node,
      List<String> path,
      int at,
      FieldSpec fs,
      Setter setter,
      KNode.Kind createKind,
      String createTag) {
    String segment = path.get(at);
    boolean isSeq = segment.endsWith("[]");
    String name = isSeq ? segment.substring(0, segment.length() - 2) : segment;
    if (name.isEmpty()) {
      throw new WalkException("cannot set or create an empty field name");
    }
    KNode field;
    KNode.Kind kind = null;
    String tag = "";
    if (!fs.create() || createKind == null || isSeq) {
      field = node.field(name);
      if (isSeq) {
        kind = KNode.Kind.SEQ;
      }
    } else if (path.size() - at <= 1) {
      field = node.lookupCreate(createKind, name);
      kind = createKind;
      tag = createTag;
    } else {
      field = node.lookupCreate(KNode.Kind.MAP, name);
      kind = KNode.Kind.MAP;
      tag = KNode.MAP_TAG;
    }
    if (field == null) {
      return;
    }
    if (field.isTaggedNull() && kind != null) {
      field.kind = kind;
      field.tag = tag;
      if (kind != KNode.Kind.SCALAR && field.content == null) {
        field.content = new java.util.ArrayList<>();
      }
    }
    walk(field, path, at + 1, fs, setter, createKind, createTag);
  }

  /**
   * filtersutil.SetEntry(name, value, tag): with a name, sets that field of a mapping; without,
   * sets the scalar itself.
   */
  static Setter setEntry(String name, String value, String tag) {
    return node -> {
      KNode v = KNode.scalar(tag, value);
      if (name.isEmpty()) {
        if (!KNode.isMissingOrNull(node) && !node.isScalar()) {
          throw new WalkException("wrong node kind: expected ScalarNode but got " + kindName(node));
        }
        node.setScalar(v);
        return;
      }
      if (KNode.isMissingOrNull(node)) {
        return; // kyaml appends to a null scalar, which writes nothing
      }
      if (!node.isMap()) {
        throw new WalkException("wrong node kind: expected MappingNode but got " + kindName(node));
      }
      node.setField(name, v);
    };
  }

  static String kindName(KNode n) {
    return switch (n.kind) {
      case MAP -> "MappingNode";
      case SEQ -> "SequenceNode";
      case SCALAR -> "ScalarNode";
    };
  }
}

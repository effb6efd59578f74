package io.rset.platform.kustomize;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A resource during a build: its node (which, as in kustomize, carries the build's bookkeeping as
 * {@code internal.config.kubernetes.io/*} annotations until the end) and where it came from.
 */
final class Res {
  static final String DOMAIN = "internal.config.kubernetes.io/";
  static final String PREVIOUS_KINDS = DOMAIN + "previousKinds";
  static final String PREVIOUS_NAMES = DOMAIN + "previousNames";
  static final String PREFIXES = DOMAIN + "prefixes";
  static final String SUFFIXES = DOMAIN + "suffixes";
  static final String PREVIOUS_NAMESPACES = DOMAIN + "previousNamespaces";
  static final String REF_BY = DOMAIN + "refBy";
  static final String GEN_BEHAVIOR = DOMAIN + "generatorBehavior";
  static final String NEEDS_HASH = DOMAIN + "needsHashSuffix";
  static final String ALLOW_NAME_CHANGE = DOMAIN + "allowNameChange";
  static final String ALLOW_KIND_CHANGE = DOMAIN + "allowKindChange";
  static final String ENABLED = "enabled";

  /** The annotations RemoveBuildAnnotations deletes at the end of a build. */
  static final List<String> BUILD_ANNOTATIONS =
      List.of(
          PREVIOUS_KINDS,
          PREVIOUS_NAMES,
          PREFIXES,
          SUFFIXES,
          PREVIOUS_NAMESPACES,
          ALLOW_NAME_CHANGE,
          ALLOW_KIND_CHANGE,
          REF_BY,
          GEN_BEHAVIOR,
          NEEDS_HASH,
          DOMAIN + "path",
          DOMAIN + "index",
          DOMAIN + "seqindent",
          DOMAIN + "id",
          DOMAIN + "annotations-migration-resource-id",
          "config.kubernetes.io/path",
          "config.kubernetes.io/index",
          "config.k8s.io/id");

  KNode node;
  final Path file;
  final int line;
  final int column;

  Res(KNode node, Path file, int line, int column) {
    this.node = node;
    this.file = file;
    this.line = line;
    this.column = column;
  }

  Res deepCopy() {
    return new Res(node.copy(), file, line, column);
  }

  boolean isNilOrEmpty() {
    return node == null || KNode.isNilOrEmpty(node);
  }

  private static final ResId NONE = new ResId("", "", "", "", "");

  /** The current id; all parts empty for a resource a patch deleted. */
  ResId curId() {
    return node == null ? NONE : ResId.of(node);
  }

  String kind() {
    return node == null ? "" : Resources.kind(node);
  }

  String name() {
    return node == null ? "" : Resources.name(node);
  }

  String namespace() {
    return node == null ? "" : Resources.namespace(node);
  }

  Map<String, String> annotations() {
    return node == null ? new java.util.LinkedHashMap<>() : Resources.annotations(node);
  }

  Map<String, String> labels() {
    return node == null ? new java.util.LinkedHashMap<>() : Resources.labels(node);
  }

  /** kyaml's SetAnnotation(k, v): empty annotations/metadata cleared, then the key set. */
  void setAnnotation(String key, String value) {
    KNode md = node.field("metadata");
    if (md != null && md.isMap()) {
      KNode a = md.field("annotations");
      if (a != null && !a.isScalar() && a.content.isEmpty()) {
        md.clear("annotations");
      }
      if (md.content.isEmpty()) {
        node.clear("metadata");
      }
    }
    KNode ann = node.lookupCreate(KNode.Kind.MAP, "metadata", "annotations");
    if (ann == null || !ann.isMap()) {
      return;
    }
    KNode v = KNode.string(value);
    v.style |= KNode.SINGLE_QUOTED;
    ann.setField(key, v);
  }

  private List<String> csv(String key) {
    Map<String, String> a = annotations();
    if (!a.containsKey(key)) {
      return null;
    }
    return new ArrayList<>(Arrays.asList(a.get(key).split(",", -1)));
  }

  private void appendCsv(String key, String value) {
    if (value.isEmpty()) {
      return;
    }
    List<String> cur = csv(key);
    List<String> all = cur == null ? new ArrayList<>() : cur;
    all.add(value);
    setAnnotation(key, String.join(",", all));
  }

  /** StorePreviousId: records the current name, effective namespace and kind. */
  void storePreviousId() {
    ResId id = curId();
    appendCsv(PREVIOUS_NAMES, id.name());
    appendCsv(PREVIOUS_NAMESPACES, id.effectiveNamespace());
    appendCsv(PREVIOUS_KINDS, id.kind());
  }

  /** AddNamePrefix: records a name prefix given to this resource (none for an empty one). */
  void addNamePrefix(String prefix) {
    appendCsv(PREFIXES, prefix);
  }

  /** AddNameSuffix: records a name suffix given to this resource (none for an empty one). */
  void addNameSuffix(String suffix) {
    appendCsv(SUFFIXES, suffix);
  }

  List<String> namePrefixes() {
    List<String> l = csv(PREFIXES);
    return l == null ? List.of() : l;
  }

  List<String> nameSuffixes() {
    List<String> l = csv(SUFFIXES);
    return l == null ? List.of() : l;
  }

  /**
   * PrefixesSuffixesEquals: whether this resource and {@code o} got the same prefixes and suffixes
   * (compared from the outermost in); with {@code allowEmpty} a side without any matches all.
   */
  boolean prefixesSuffixesEqual(Res o, boolean allowEmpty) {
    List<String> p = namePrefixes();
    List<String> op = o.namePrefixes();
    List<String> s = nameSuffixes();
    List<String> os = o.nameSuffixes();
    if (allowEmpty) {
      return (p.isEmpty() || op.isEmpty() || sameEnding(p, op))
          && (s.isEmpty() || os.isEmpty() || sameEnding(s, os));
    }
    return sameEnding(p, op) && sameEnding(s, os);
  }

  /**
   * SameEndingSubSlice: the shorter list is the end of the longer one (empty only matches empty).
   */
  private static boolean sameEnding(List<String> a, List<String> b) {
    List<String> shortest = a.size() <= b.size() ? a : b;
    List<String> longest = a.size() <= b.size() ? b : a;
    int diff = longest.size() - shortest.size();
    if (shortest.isEmpty()) {
      return diff == 0;
    }
    for (int i = shortest.size() - 1; i >= 0; i--) {
      if (!longest.get(i + diff).equals(shortest.get(i))) {
        return false;
      }
    }
    return true;
  }

  /** The ids this resource had before, oldest first. */
  List<ResId> prevIds() {
    Map<String, String> a = annotations();
    if (!a.containsKey(PREVIOUS_NAMES)) {
      return List.of();
    }
    String[] names = a.get(PREVIOUS_NAMES).split(",", -1);
    String[] ns = a.getOrDefault(PREVIOUS_NAMESPACES, "").split(",", -1);
    String[] kinds = a.getOrDefault(PREVIOUS_KINDS, "").split(",", -1);
    if (names.length != ns.length || names.length != kinds.length) {
      throw new IllegalStateException(
          "number of previous names, number of previous namespaces, number of previous kinds not"
              + " equal");
    }
    String[] gv = Resources.groupVersion(node == null ? "" : Resources.apiVersion(node));
    List<ResId> out = new ArrayList<>();
    for (int i = 0; i < names.length; i++) {
      out.add(new ResId(gv[0], gv[1], kinds[i], names[i], ns[i]));
    }
    return out;
  }

  /** The original id: the oldest previous id, or the current one. */
  ResId orgId() {
    List<ResId> p = prevIds();
    return p.isEmpty() ? curId() : p.get(0);
  }

  /** Previous ids then the current one (GetMatchingResourcesByAnyId's order). */
  List<ResId> allIds() {
    List<ResId> out = new ArrayList<>(prevIds());
    out.add(curId());
    return out;
  }

  private boolean isEnabled(String key) {
    return ENABLED.equals(annotations().get(key));
  }

  void enable(String key) {
    Map<String, String> a = annotations();
    a.put(key, ENABLED);
    Resources.setAnnotations(node, a);
  }

  boolean needHashSuffix() {
    return isEnabled(NEEDS_HASH);
  }

  boolean nameChangeAllowed() {
    return isEnabled(ALLOW_NAME_CHANGE);
  }

  boolean kindChangeAllowed() {
    return isEnabled(ALLOW_KIND_CHANGE);
  }

  /** The generator behavior (create, merge, replace or unspecified). */
  String behavior() {
    String b = annotations().get(GEN_BEHAVIOR);
    if (b == null) {
      return "unspecified";
    }
    return switch (b) {
      case "create", "merge", "replace" -> b;
      default -> "unspecified";
    };
  }

  void setBehavior(String behavior) {
    Map<String, String> a = annotations();
    a.put(GEN_BEHAVIOR, behavior);
    Resources.setAnnotations(node, a);
  }

  void appendRefBy(ResId id) {
    appendCsv(REF_BY, id.toString());
  }

  @Override
  public String toString() {
    return curId().toString();
  }
}

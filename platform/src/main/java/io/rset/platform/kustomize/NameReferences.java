package io.rset.platform.kustomize;

import io.rset.platform.kustomize.BuiltinConfig.NameBackReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * kustomize's name reference transformer: after names changed (here: the content hash suffix),
 * fields that refer to a renamed object by its old name (a Deployment's configMapRef, a
 * RoleBinding's subjects, ...) get the new name. Only kustomize's built-in reference table is used,
 * so references in custom resources (e.g. a Flux HelmRelease's valuesFrom) are left alone, exactly
 * as {@code kubectl kustomize} leaves them.
 */
final class NameReferences {
  private NameReferences() {}

  /** A reference that cannot be resolved to one object. */
  static final class AmbiguousReference extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Res referrer;

    AmbiguousReference(String message, Res referrer) {
      super(message, null, false, false);
      this.referrer = referrer;
    }
  }

  private record Filter(FieldSpec field, NameBackReference target) {}

  static void fix(ResMap m) {
    List<Res> resources = m.resources();
    Map<Res, List<Filter>> filters = new LinkedHashMap<>();
    Map<Res, ResId> orgIds = new HashMap<>();
    resources.removeIf(r -> r.node == null);
    for (Res r : resources) {
      orgIds.put(r, r.orgId());
    }
    for (NameBackReference back : BuiltinConfig.NAME_REFERENCES) {
      for (FieldSpec spec : back.referrers()) {
        for (Res r : resources) {
          if (orgIds.get(r).gvkSelectedBy(spec.group(), spec.version(), spec.kind())) {
            filters.computeIfAbsent(r, k -> new ArrayList<>()).add(new Filter(spec, back));
          }
        }
      }
    }
    for (Map.Entry<Res, List<Filter>> e : filters.entrySet()) {
      Res referrer = e.getKey();
      List<Res> candidates = m.couldBeReferencedBy(referrer);
      for (Filter f : e.getValue()) {
        // the spec's gvk is replaced by the referrer's own, so it always applies
        FieldSpec spec = new FieldSpec("", "", "", f.field().path(), false);
        FieldSpecWalker.apply(
            referrer.node, spec, node -> set(node, referrer, f, candidates, m), null, "");
      }
    }
  }

  private static void set(KNode node, Res referrer, Filter f, List<Res> candidates, ResMap m) {
    if (KNode.isMissingOrNull(node)) {
      return;
    }
    switch (node.kind) {
      case SCALAR -> setScalar(node, referrer, f, candidates);
      case MAP -> setMapping(node, referrer, f, candidates);
      case SEQ -> {
        for (KNode elem : List.copyOf(node.content)) {
          if (KNode.isMissingOrNull(elem)) {
            continue;
          }
          switch (elem.kind) {
            case SCALAR -> setScalar(elem, referrer, f, candidates);
            case MAP -> setMapping(elem, referrer, f, candidates);
            default ->
                throw new FieldSpecWalker.WalkException(
                    "updating name reference in '"
                        + f.field().path()
                        + "' field of '"
                        + referrer.curId()
                        + "': element is expected to be either a string or a map of string");
          }
        }
      }
    }
  }

  private static void setScalar(KNode node, Res referrer, Filter f, List<Res> candidates) {
    Res referral = select(node.value, candidates, referrer, f, false);
    if (referral == null) {
      return;
    }
    referral.appendRefBy(referrer.curId());
    if (referral.name().equals(node.value)) {
      return;
    }
    node.setScalar(KNode.untagged(referral.name()));
  }

  private static void setMapping(KNode node, Res referrer, Filter f, List<Res> candidates) {
    KNode nameNode = node.field("name");
    if (nameNode == null) {
      throw new FieldSpecWalker.WalkException(
          "updating name reference in '"
              + f.field().path()
              + "' field of '"
              + referrer.curId()
              + "': path config error; no 'name' field in node");
    }
    List<Res> byNs = candidatesByNamespace(node, candidates);
    String oldName = nameNode.value;
    Res referral = select(oldName, byNs, referrer, f, true);
    if (referral == null) {
      return;
    }
    referral.appendRefBy(referrer.curId());
    if (referral.name().equals(oldName) && referral.namespace().isEmpty()) {
      return;
    }
    node.setField("name", KNode.untagged(referral.name()));
    if (referral.namespace().isEmpty()) {
      return;
    }
    node.setField("namespace", KNode.untagged(referral.namespace()));
  }

  private static List<Res> candidatesByNamespace(KNode node, List<Res> candidates) {
    KNode nsNode = node.field("namespace");
    if (nsNode == null) {
      return candidates;
    }
    String ns = nsNode.value;
    List<Res> byOriginal = new ArrayList<>();
    boolean anyOriginal = false;
    for (Res r : candidates) {
      ResId org = r.orgId();
      if (!org.isClusterScoped() && org.effectiveNamespace().equals(ns)) {
        byOriginal.add(r);
        anyOriginal = true;
      }
    }
    if (anyOriginal) {
      return byOriginal;
    }
    List<Res> byCurrent = new ArrayList<>();
    for (Res r : candidates) {
      ResId cur = r.curId();
      if (!cur.isClusterScoped() && cur.effectiveNamespace().equals(ns)) {
        byCurrent.add(r);
      }
    }
    return byCurrent;
  }

  private static Res select(
      String oldName, List<Res> candidates, Res referrer, Filter f, boolean withNamespace) {
    NameBackReference t = f.target();
    List<Res> c =
        sieve(candidates, r -> r.prevIds().stream().anyMatch(id -> id.name().equals(oldName)));
    c =
        sieve(
            c,
            r ->
                r.prevIds().stream()
                    .anyMatch(id -> id.gvkSelectedBy(t.group(), t.version(), t.kind())));
    c = sieve(c, roleRefFilter(referrer, f));
    c = sieve(c, sameCurrentNamespaceAs(referrer));
    if (c.size() == 1) {
      return c.get(0);
    }
    c = sieve(c, r -> r.prefixesSuffixesEqual(referrer, true));
    if (c.size() > 1) {
      c = sieve(c, r -> r.prefixesSuffixesEqual(referrer, false));
    }
    if (c.size() == 1) {
      return c.get(0);
    }
    if (c.isEmpty()) {
      return null;
    }
    boolean identical = true;
    for (Res r : c) {
      identical &= r.name().equals(c.get(0).name());
      if (withNamespace) {
        identical &= r.namespace().equals(c.get(0).namespace());
      }
    }
    if (identical) {
      return c.get(0);
    }
    List<String> ids = new ArrayList<>();
    c.forEach(r -> ids.add(r.curId().toString()));
    throw new AmbiguousReference(
        "found multiple possible referrals: " + String.join(", ", ids), referrer);
  }

  private static List<Res> sieve(List<Res> in, Predicate<Res> p) {
    List<Res> out = new ArrayList<>();
    for (Res r : in) {
      if (p.test(r)) {
        out.add(r);
      }
    }
    return out;
  }

  private static Predicate<Res> roleRefFilter(Res referrer, Filter f) {
    if (!f.field().path().endsWith("roleRef/name")) {
      return r -> true;
    }
    KNode roleRef = referrer.node.field("roleRef");
    if (roleRef == null || !roleRef.isMap()) {
      return r -> true;
    }
    KNode apiGroup = roleRef.field("apiGroup");
    KNode kind = roleRef.field("kind");
    if (apiGroup == null || kind == null) {
      return r -> true;
    }
    String g = apiGroup.value;
    String k = kind.value;
    return r -> r.prevIds().stream().anyMatch(id -> id.gvkSelectedBy(g, "", k));
  }

  private static Predicate<Res> sameCurrentNamespaceAs(Res referrer) {
    ResId rid = referrer.curId();
    if (rid.isClusterScoped()) {
      return r -> true;
    }
    return r -> {
      ResId id = r.curId();
      return id.isClusterScoped() || r.kind().equals("ServiceAccount") || rid.isNsEquals(id);
    };
  }
}

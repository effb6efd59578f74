package io.rset.platform.kustomize;

/**
 * kustomize's PrefixTransformer and SuffixTransformer ({@code namePrefix}, {@code nameSuffix}): the
 * affix is added to {@code metadata/name} of every resource except CustomResourceDefinitions,
 * APIServices and Namespaces, and recorded (with the previous id) so that name references follow.
 */
final class NameAffixes {
  private static final FieldSpec NAME = new FieldSpec("", "", "", "metadata/name", false);

  private NameAffixes() {}

  static void prefix(ResMap m, String prefix) {
    apply(m, prefix, true);
  }

  static void suffix(ResMap m, String suffix) {
    apply(m, suffix, false);
  }

  private static void apply(ResMap m, String affix, boolean prefix) {
    for (Res r : m.resources()) {
      if (r.node == null || skipped(r.orgId())) {
        continue;
      }
      if (prefix) {
        r.addNamePrefix(affix);
      } else {
        r.addNameSuffix(affix);
      }
      if (!affix.isEmpty()) {
        r.storePreviousId();
      }
      try {
        FieldSpecWalker.apply(
            r.node,
            NAME,
            node -> {
              if (!KNode.isMissingOrNull(node) && !node.isScalar()) {
                throw new FieldSpecWalker.WalkException(
                    "wrong node kind: expected ScalarNode but got "
                        + FieldSpecWalker.kindName(node));
              }
              String old = node.value == null ? "" : node.value;
              node.setScalar(KNode.untagged(prefix ? affix + old : old + affix));
            },
            KNode.Kind.SCALAR,
            KNode.STR);
      } catch (FieldSpecWalker.WalkException e) {
        throw new KustomizeException(e.getMessage(), r.file, r.line, r.column);
      }
    }
  }

  /** prefixFieldSpecsToSkip / suffixFieldSpecsToSkip, matched against the original id. */
  private static boolean skipped(ResId id) {
    return id.kind().equals("CustomResourceDefinition")
        || id.kind().equals("Namespace")
        || (id.kind().equals("APIService") && id.group().equals("apiregistration.k8s.io"));
  }
}

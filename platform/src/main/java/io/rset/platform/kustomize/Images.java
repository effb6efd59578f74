package io.rset.platform.kustomize;

import io.rset.platform.kustomize.Kustomization.ImageArgs;
import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * kustomize's ImageTagTransformer, run once per {@code images} entry: first its legacy pass (the
 * {@code image} of every element of any {@code containers} or {@code initContainers} list anywhere
 * in an object), then its field-spec pass ({@code spec/containers[]/image}, {@code
 * spec/initContainers[]/image} and their {@code spec/template/} forms). CustomResourceDefinitions
 * are left alone. An image matches when it is the entry's {@code name} (a regular expression, as in
 * kustomize) with any tag and/or sha256 digest.
 */
final class Images {
  private static final List<FieldSpec> FIELD_SPECS =
      List.of(
          new FieldSpec("", "", "", "spec/containers[]/image", true),
          new FieldSpec("", "", "", "spec/initContainers[]/image", true),
          new FieldSpec("", "", "", "spec/template/spec/containers[]/image", true),
          new FieldSpec("", "", "", "spec/template/spec/initContainers[]/image", true));

  private static final List<String> CONTAINER_FIELDS = List.of("containers", "initContainers");

  private final ImageArgs image;
  private final Pattern match;

  private Images(ImageArgs image, Pattern match) {
    this.image = image;
    this.match = match;
  }

  /**
   * Applies one {@code images} entry.
   *
   * @throws PatternSyntaxException when the name is not a valid regular expression
   */
  static void apply(ResMap m, ImageArgs image) {
    Pattern p =
        Pattern.compile(
            "^" + image.name() + "(:[a-zA-Z0-9_.{}-]*)?(@sha256:[a-zA-Z0-9_.{}-]*)?\\z");
    Images t = new Images(image, p);
    for (Res r : m.resources()) {
      if (r.node != null && !Resources.kind(r.node).equals("CustomResourceDefinition")) {
        try {
          t.legacy(r.node);
        } catch (FieldSpecWalker.WalkException e) {
          throw new KustomizeException(e.getMessage(), r.file, r.line, r.column);
        }
      }
    }
    for (Res r : m.resources()) {
      if (r.node != null && !Resources.kind(r.node).equals("CustomResourceDefinition")) {
        try {
          FieldSpecWalker.apply(r.node, FIELD_SPECS, t::update, null, "");
        } catch (FieldSpecWalker.WalkException e) {
          throw new KustomizeException(e.getMessage(), r.file, r.line, r.column);
        }
      }
    }
  }

  /** findFieldsFilter: depth first, the value of a field before the field itself. */
  private void legacy(KNode node) {
    if (node.isMap()) {
      List<KNode> c = node.content;
      for (int i = 0; i + 1 < c.size(); i += 2) {
        KNode value = c.get(i + 1);
        legacy(value);
        if (CONTAINER_FIELDS.contains(c.get(i).value) && value.isSeq()) {
          for (KNode container : List.copyOf(value.content)) {
            if (KNode.isMissingOrNull(container)) {
              continue;
            }
            if (!container.isMap()) {
              throw new FieldSpecWalker.WalkException(
                  "wrong node kind: expected MappingNode but got "
                      + FieldSpecWalker.kindName(container));
            }
            KNode img = container.field("image");
            if (img != null) {
              update(img);
            }
          }
        }
      }
    } else if (node.isSeq()) {
      for (KNode e : List.copyOf(node.content)) {
        legacy(e);
      }
    }
  }

  /** imageTagUpdater.SetImageValue. */
  private void update(KNode node) {
    if (!KNode.isMissingOrNull(node) && !node.isScalar()) {
      throw new FieldSpecWalker.WalkException(
          "wrong node kind: expected ScalarNode but got " + FieldSpecWalker.kindName(node));
    }
    String value = node.value == null ? "" : node.value;
    if (!match.matcher(value).find()) {
      return;
    }
    String[] parts = split(value);
    String name = parts[0];
    String tag = parts[1];
    String digest = parts[2];
    if (!image.newName().isEmpty()) {
      name = image.newName();
    }
    if (!image.newTag().isEmpty() && !image.digest().isEmpty()) {
      tag = image.newTag();
      digest = image.digest();
    } else if (!image.newTag().isEmpty()) {
      tag = image.newTag();
      digest = "";
    } else if (!image.digest().isEmpty()) {
      tag = "";
      digest = image.digest();
    } else if (!image.tagSuffix().isEmpty()) {
      tag += image.tagSuffix();
      digest = "";
    }
    if (!tag.isEmpty()) {
      name += ":" + tag;
    }
    if (!digest.isEmpty()) {
      name += "@" + digest;
    }
    node.setScalar(KNode.untagged(name));
  }

  /** image.Split: name, tag and digest; a ':' in the registry host is not a tag separator. */
  static String[] split(String imageName) {
    String search = imageName;
    int slash = imageName.indexOf('/');
    if (slash > 0) {
      search = imageName.substring(slash);
    } else {
      slash = 0;
    }
    int id = search.indexOf('@');
    int ic = search.indexOf(':');
    if (ic < 0 && id < 0) {
      return new String[] {imageName, "", ""};
    }
    if (id >= 0 && (id < ic || ic < 0)) {
      id += slash;
      return new String[] {imageName.substring(0, id), "", imageName.substring(id + 1)};
    }
    if (id >= 0) {
      id += slash;
      ic += slash;
      return new String[] {
        imageName.substring(0, ic), imageName.substring(ic + 1, id), imageName.substring(id + 1)
      };
    }
    ic += slash;
    return new String[] {imageName.substring(0, ic), imageName.substring(ic + 1), ""};
  }
}

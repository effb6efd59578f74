package io.rset.platform.substitute;

import io.rset.core.yaml.YamlException;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlReader;
import io.rset.core.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * kustomize-controller's post-build substitution of one object (fluxcd/pkg/kustomize {@code
 * SubstituteVariables}): unless the object opts out with the label or annotation {@code
 * kustomize.toolkit.fluxcd.io/substitute: disabled}, it is serialised as YAML the way kustomize's
 * {@code Resource.AsYAML} does (JSON, then sigs.k8s.io/yaml: sorted keys, strings quoted only when
 * needed — so {@code "${x}"} is written unquoted), the variables are substituted in that text, and
 * the text is decoded again with go-yaml v2's YAML 1.1 rules. A substituted value that looks like a
 * number or boolean therefore becomes one, whether or not the source quoted the {@code ${x}}.
 *
 * <p>Pure and thread-safe.
 */
public final class PostBuildSubstitution {
  /** The opt-out label/annotation. */
  public static final String SUBSTITUTE_KEY = "kustomize.toolkit.fluxcd.io/substitute";

  /** The opt-out value. */
  public static final String DISABLED = "disabled";

  /** kustomize-controller's {@code varsubRegex} (RE2 {@code [:alpha:]} is ASCII). */
  public static final String VAR_NAME_REGEX = "^[_[:alpha:]][_[:alpha:][:digit:]]*$";

  private static final Pattern VAR_NAME = Pattern.compile("[_A-Za-z][_A-Za-z0-9]*");

  private static final YamlReader YAML = new YamlReader();

  private PostBuildSubstitution() {}

  /** True when the object's label or annotation {@link #SUBSTITUTE_KEY} is {@code disabled}. */
  public static boolean optedOut(Map<String, Object> object) {
    return DISABLED.equals(metadataValue(object, "labels"))
        || DISABLED.equals(metadataValue(object, "annotations"));
  }

  private static Object metadataValue(Map<String, Object> object, String field) {
    if (object.get("metadata") instanceof Map<?, ?> meta
        && meta.get(field) instanceof Map<?, ?> m) {
      return m.get(SUBSTITUTE_KEY);
    }
    return null;
  }

  /** True when {@code name} is a valid substitution variable name. */
  public static boolean validName(String name) {
    return VAR_NAME.matcher(name).matches();
  }

  /**
   * Substitutes {@code vars} in {@code object}, as kustomize-controller does when the applying
   * Kustomization has a {@code postBuild} and at least one variable (or {@code substituteStrategy:
   * Always}); deciding that is the caller's job.
   *
   * @param strict an unset variable without a default is an error (Flux's default since v1.9)
   * @param missing when not null, an unset variable in strict mode is reported here (and evaluates
   *     to "") instead of failing, so that all of them can be listed
   * @return the substituted object, or {@code object} itself when it opts out
   * @throws SubstitutionException with kustomize-controller's message
   */
  public static Map<String, Object> apply(
      Map<String, Object> object,
      Map<String, String> vars,
      boolean strict,
      Envsubst.MissingSink missing) {
    if (optedOut(object)) {
      return object;
    }
    String prefix = "post build failed for '" + describe(object) + "': envsubst error: ";
    for (String name : vars.keySet()) {
      if (!validName(name)) {
        throw new SubstitutionException(
            prefix + "'" + name + "' var name is invalid, must match '" + VAR_NAME_REGEX + "'",
            name,
            null,
            null);
      }
    }
    if (!containsDollar(object)) {
      return object; // envsubst only changes text with "$$" or "${"
    }
    String text = YamlWriter.toYaml(object);
    Envsubst.Lookup lookup = strict ? vars::get : n -> vars.getOrDefault(n, "");
    String out;
    try {
      out = Envsubst.eval(text, lookup, missing);
    } catch (EnvsubstException e) {
      throw new SubstitutionException(
          prefix + "variable substitution failed: " + e.getMessage(),
          e.variable(),
          fragment(text, e.offset()),
          e);
    }
    if (out.equals(text)) {
      return object;
    }
    YamlNode node;
    try {
      node = YAML.readSingle("", out);
    } catch (YamlException e) {
      String go = e.goMessage() != null ? e.goMessage() : e.getMessage();
      throw new SubstitutionException(prefix + "YAMLToJSON: " + go, null, null, e);
    }
    if (!(node.toValue() instanceof Map<?, ?> m)) {
      throw new SubstitutionException(
          "post build failed for '"
              + describe(object)
              + "': UnmarshalJSON: the substituted object is not a mapping",
          null,
          null,
          null);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> result = (Map<String, Object>) m;
    return result;
  }

  /**
   * Lists the undefined variables {@link #apply} would meet in strict mode, in order, without
   * failing on them.
   */
  public static List<String> undefined(Map<String, Object> object, Map<String, String> vars) {
    List<String> out = new ArrayList<>();
    apply(object, vars, true, (name, offset) -> out.add(name));
    return out;
  }

  /** kustomize's {@code <Gvk.String()>/<name>}: {@code HelmRelease.v2.helm.toolkit.fluxcd.io/x}. */
  public static String describe(Map<String, Object> object) {
    String apiVersion = object.get("apiVersion") instanceof String s ? s : "";
    int slash = apiVersion.indexOf('/');
    String group = slash < 0 ? "" : apiVersion.substring(0, slash);
    String version = slash < 0 ? apiVersion : apiVersion.substring(slash + 1);
    String kind = object.get("kind") instanceof String s ? s : "";
    String name =
        object.get("metadata") instanceof Map<?, ?> m && m.get("name") instanceof String s ? s : "";
    return (kind.isEmpty() ? "[noKind]" : kind)
        + "."
        + (version.isEmpty() ? "[noVer]" : version)
        + "."
        + (group.isEmpty() ? "[noGrp]" : group)
        + "/"
        + name;
  }

  /** True when a key or string value anywhere in {@code value} contains {@code $}. */
  static boolean containsDollar(Object value) {
    if (value instanceof String s) {
      return s.indexOf('$') >= 0;
    }
    if (value instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (containsDollar(e.getKey()) || containsDollar(e.getValue())) {
          return true;
        }
      }
      return false;
    }
    if (value instanceof List<?> l) {
      for (Object o : l) {
        if (containsDollar(o)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The text from {@code offset} to the end of its line, or null. */
  static String fragment(String text, int offset) {
    if (offset < 0 || offset >= text.length()) {
      return null;
    }
    int nl = text.indexOf('\n', offset);
    return text.substring(offset, nl < 0 ? text.length() : nl);
  }
}

package io.rset.platform.substitute;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolves the variables of a Flux Kustomization's {@code spec.postBuild} as kustomize-controller's
 * {@code LoadVariables} does, with the ConfigMaps and Secrets of the build standing in for the
 * cluster's: each {@code substituteFrom} entry in order (a missing source is an error unless {@code
 * optional: true}), ConfigMap {@code data}, Secret {@code data} base64-decoded with {@code
 * stringData} over it (as the API server stores it), then the inline {@code substitute} map over
 * all of them. Newlines are removed from every value.
 */
public final class KustomizationVars {
  private KustomizationVars() {}

  /** Finds a ConfigMap or Secret of the build, or null. */
  @FunctionalInterface
  public interface Sources {
    Map<String, Object> find(String kind, String namespace, String name);
  }

  /**
   * The resolution of one Kustomization's postBuild.
   *
   * @param postBuild the variables, or null when the Kustomization has no {@code spec.postBuild}
   * @param errors kustomize-controller's messages for sources that cannot be used (e.g. {@code
   *     substitute from 'ConfigMap/cluster-vars' error: configmaps "cluster-vars" not found}); the
   *     variables of the other sources are still resolved
   */
  public record Resolved(PostBuild postBuild, List<String> errors) {}

  /** Resolves the postBuild of {@code kustomization} (a {@code Kustomization} object). */
  public static Resolved resolve(Map<String, Object> kustomization, Sources sources) {
    Map<String, Object> spec = map(kustomization.get("spec"));
    if (spec == null || !spec.containsKey("postBuild") || spec.get("postBuild") == null) {
      return new Resolved(null, List.of());
    }
    Map<String, Object> postBuild = map(spec.get("postBuild"));
    if (postBuild == null) {
      postBuild = Map.of();
    }
    String namespace = namespace(kustomization);
    List<String> errors = new ArrayList<>();
    Map<String, String> vars = new LinkedHashMap<>();
    if (postBuild.get("substituteFrom") instanceof List<?> refs) {
      for (Object ref : refs) {
        Map<String, Object> r = map(ref);
        if (r == null) {
          errors.add("unable to get subsituteFrom: substituteFrom entry is not an object");
          continue;
        }
        String kind = r.get("kind") instanceof String s ? s : "";
        String name = r.get("name") instanceof String s ? s : "";
        boolean optional = Boolean.TRUE.equals(r.get("optional"));
        if (!kind.equals("ConfigMap") && !kind.equals("Secret")) {
          continue; // the CRD only admits these two; Go's switch skips anything else
        }
        Map<String, Object> source = sources.find(kind, namespace, name);
        if (source == null) {
          if (!optional) {
            errors.add(
                "substitute from '"
                    + kind
                    + "/"
                    + name
                    + "' error: "
                    + (kind.equals("ConfigMap") ? "configmaps" : "secrets")
                    + " \""
                    + name
                    + "\" not found");
          }
          continue;
        }
        if (kind.equals("ConfigMap")) {
          Map<String, Object> data = map(source.get("data"));
          if (data != null) {
            data.forEach((k, v) -> vars.put(k, text(v).replace("\n", "")));
          }
        } else {
          secretData(source, name, vars, errors);
        }
      }
    }
    Object inline = postBuild.get("substitute");
    if (inline instanceof Map<?, ?> m) {
      for (Map.Entry<?, ?> e : m.entrySet()) {
        if (e.getValue() instanceof String s) {
          vars.put(String.valueOf(e.getKey()), s.replace("\n", ""));
        } else {
          errors.add(
              ".spec.postBuild.substitute."
                  + e.getKey()
                  + " accessor error: "
                  + e.getValue()
                  + " is not a string");
        }
      }
    }
    boolean always = "Always".equals(postBuild.get("substituteStrategy"));
    return new Resolved(new PostBuild(vars, always), errors);
  }

  private static void secretData(
      Map<String, Object> secret, String name, Map<String, String> vars, List<String> errors) {
    Map<String, Object> data = map(secret.get("data"));
    if (data != null) {
      for (Map.Entry<String, Object> e : data.entrySet()) {
        try {
          String decoded =
              new String(Base64.getDecoder().decode(text(e.getValue())), StandardCharsets.UTF_8);
          vars.put(e.getKey(), decoded.replace("\n", ""));
        } catch (IllegalArgumentException ex) {
          errors.add(
              "substitute from 'Secret/"
                  + name
                  + "' error: data."
                  + e.getKey()
                  + " is not valid base64");
        }
      }
    }
    Map<String, Object> stringData = map(secret.get("stringData"));
    if (stringData != null) {
      stringData.forEach((k, v) -> vars.put(k, text(v).replace("\n", "")));
    }
  }

  private static String namespace(Map<String, Object> o) {
    Map<String, Object> meta = map(o.get("metadata"));
    return meta != null && meta.get("namespace") instanceof String s ? s : "";
  }

  private static String text(Object v) {
    return v == null ? "" : String.valueOf(v);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object o) {
    return o instanceof Map<?, ?> m ? (Map<String, Object>) m : null;
  }
}

package io.rset.platform.substitute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.rset.core.yaml.YamlReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostBuildSubstitutionTest {
  private static final Map<String, String> VARS = new LinkedHashMap<>();

  static {
    VARS.put("replicas", "3");
    VARS.put("version", "1.20");
    VARS.put("semver", "1.16.5");
    VARS.put("enabled", "yes");
    VARS.put("domain", "home.example.com");
    VARS.put("empty", "");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> obj(String yaml) {
    return (Map<String, Object>) new YamlReader().readSingle("t.yaml", yaml).toValue();
  }

  private static Map<String, Object> sub(String yaml) {
    return PostBuildSubstitution.apply(obj(yaml), VARS, true, null);
  }

  @SuppressWarnings("unchecked")
  private static Object at(Map<String, Object> o, String... path) {
    Object v = o;
    for (String p : path) {
      v = ((Map<String, Object>) v).get(p);
    }
    return v;
  }

  private static final String HEAD =
      "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\n  namespace: apps\n";

  @Test
  void substitutedNumbersAndBooleansBecomeTypedEvenWhenTheSourceQuotedThem() {
    Map<String, Object> o =
        sub(
            HEAD
                + "spec:\n"
                + "  replicas: ${replicas}\n"
                + "  quoted: \"${replicas}\"\n"
                + "  version: \"${version}\"\n"
                + "  semver: ${semver}\n"
                + "  flag: ${enabled}\n"
                + "  host: web.${domain}\n"
                + "  empty: ${empty}\n");
    assertThat(at(o, "spec", "replicas")).isEqualTo(3L);
    assertThat(at(o, "spec", "quoted")).isEqualTo(3L);
    assertThat(at(o, "spec", "version")).isEqualTo(1.2);
    assertThat(at(o, "spec", "semver")).isEqualTo("1.16.5");
    assertThat(at(o, "spec", "flag")).isEqualTo(true);
    assertThat(at(o, "spec", "host")).isEqualTo("web.home.example.com");
    assertThat(((Map<?, ?>) at(o, "spec")).containsKey("empty")).isTrue();
    assertThat(at(o, "spec", "empty")).isNull();
  }

  @Test
  void blockScalarsStayStrings() {
    Map<String, Object> o =
        sub(
            "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: v\ndata:\n"
                + "  values.yaml: |\n    replicas: ${replicas}\n    host: ${domain}\n"
                + "  script: |\n    echo $${HOME} $$1\n");
    assertThat(at(o, "data", "values.yaml")).isEqualTo("replicas: 3\nhost: home.example.com\n");
    assertThat(at(o, "data", "script")).isEqualTo("echo ${HOME} $1\n");
  }

  @Test
  void defaultsApplyInStrictMode() {
    Map<String, Object> o = sub(HEAD + "spec:\n  a: ${undefined:=x}\n  b: ${undefined:-7}\n");
    assertThat(at(o, "spec", "a")).isEqualTo("x");
    assertThat(at(o, "spec", "b")).isEqualTo(7L);
  }

  @Test
  void optOutByLabelOrAnnotationLeavesTheObjectAlone() {
    String annotated =
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: dash\n  annotations:\n"
            + "    kustomize.toolkit.fluxcd.io/substitute: disabled\ndata:\n  q: ${undefined}\n";
    assertThat(at(sub(annotated), "data", "q")).isEqualTo("${undefined}");
    String labelled = annotated.replace("annotations", "labels");
    assertThat(at(sub(labelled), "data", "q")).isEqualTo("${undefined}");
    String enabled = annotated.replace("disabled", "enabled");
    assertThatThrownBy(() -> sub(enabled)).isInstanceOf(SubstitutionException.class);
  }

  @Test
  void strictUndefinedVariableUsesKustomizeControllersMessage() {
    assertThatThrownBy(() -> sub(HEAD + "spec:\n  image: nginx:${tag}\n"))
        .isInstanceOf(SubstitutionException.class)
        .hasMessage(
            "post build failed for 'Deployment.v1.apps/web': envsubst error: variable"
                + " substitution failed: variable not set (strict mode): \"tag\"")
        .satisfies(
            e -> {
              SubstitutionException s = (SubstitutionException) e;
              assertThat(s.variable()).isEqualTo("tag");
              assertThat(s.fragment()).isEqualTo("${tag}");
            });
  }

  @Test
  void nonStrictUndefinedVariableIsEmpty() {
    Map<String, Object> o =
        PostBuildSubstitution.apply(
            obj(HEAD + "spec:\n  image: nginx-${tag}\n"), VARS, false, null);
    assertThat(at(o, "spec", "image")).isEqualTo("nginx-");
  }

  @Test
  void anEmptyValueAfterAColonBreaksTheYamlAsInFlux() {
    // "image: nginx:" is a nested mapping to go-yaml: the same text fails in kustomize-controller
    assertThatThrownBy(
            () ->
                PostBuildSubstitution.apply(
                    obj(HEAD + "spec:\n  image: nginx:${tag}\n"), VARS, false, null))
        .hasMessage(
            "post build failed for 'Deployment.v1.apps/web': envsubst error: YAMLToJSON: error"
                + " converting YAML to JSON: yaml: line 7: mapping values are not allowed in this"
                + " context");
  }

  @Test
  void syntaxErrorsAndCoreGroupNames() {
    assertThatThrownBy(
            () ->
                sub(
                    "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\ndata:\n  a: ${my-var}\n"))
        .hasMessage(
            "post build failed for 'ConfigMap.v1.[noGrp]/c': envsubst error: variable substitution"
                + " failed: missing closing brace")
        .satisfies(e -> assertThat(((SubstitutionException) e).fragment()).isEqualTo("${my-var}"));
  }

  @Test
  void invalidVariableNamesFailBeforeSubstitution() {
    Map<String, String> vars = Map.of("my-var", "x");
    assertThatThrownBy(
            () -> PostBuildSubstitution.apply(obj(HEAD + "spec: {}\n"), vars, true, null))
        .hasMessage(
            "post build failed for 'Deployment.v1.apps/web': envsubst error: 'my-var' var name is"
                + " invalid, must match '^[_[:alpha:]][_[:alpha:][:digit:]]*$'");
  }

  @Test
  void substitutionThatBreaksTheYamlIsAYamlToJsonError() {
    Map<String, String> vars = Map.of("v", "a: b");
    assertThatThrownBy(
            () -> PostBuildSubstitution.apply(obj(HEAD + "spec:\n  x: ${v}\n"), vars, true, null))
        .hasMessageStartingWith(
            "post build failed for 'Deployment.v1.apps/web': envsubst error: YAMLToJSON: error"
                + " converting YAML to JSON: yaml: line ");
  }

  @Test
  void lenientSinkListsAllUndefinedVariables() {
    assertThat(
            PostBuildSubstitution.undefined(
                obj(HEAD + "spec:\n  a: ${x}\n  b: ${replicas}\n  c: ${y:=1}\n  d: ${z}\n"), VARS))
        .isEqualTo(List.of("x", "z"));
  }

  @Test
  void objectsWithoutDollarAreReturnedAsIs() {
    Map<String, Object> o = obj(HEAD + "spec:\n  replicas: 2\n");
    assertThat(PostBuildSubstitution.apply(o, VARS, true, null)).isSameAs(o);
  }
}

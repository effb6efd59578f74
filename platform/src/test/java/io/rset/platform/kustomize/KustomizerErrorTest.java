package io.rset.platform.kustomize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad input: every error names the file, line and column where there is one. */
class KustomizerErrorTest {
  private static final Path FIXTURES = Path.of("src/test/resources/kustomize");

  private static KustomizeException fail(Path dir) {
    return catchThrowableOfType(
        KustomizeException.class, () -> new Kustomizer(KustomizeOptions.strict()).build(dir));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          error-unknown-field            | kustomization.yaml | 2 | 1  | unknown field "nameSufix" in Kustomization
          error-unknown-generator-field  | kustomization.yaml | 3 | 3  | unknown field "configMapGenerator[0].literal" in ConfigMapArgs
          error-wrong-type               | kustomization.yaml | 1 | 12 | field "namespace" must be a string, found a number
          error-missing-resource         | kustomization.yaml | 2 | 3  | resource "nope.yaml" not found: no such file or directory
          error-bad-yaml                 | bad.yaml           | 7 | 1  | malformed YAML: expected ',' or ']'
          error-bad-separator            | sep.yaml           | 5 | 1  | invalid document separator: --- junk
          error-duplicate-key            | dup.yaml           | 7 | 3  | mapping key "a" already defined at line 6
          error-bad-target-regex         | kustomization.yaml | 4 | 5  | invalid patch target: error parsing regexp
          error-bad-label-selector       | kustomization.yaml | 4 | 5  | invalid patch target: unable to parse requirement
          error-cycle                    | b/kustomization.yaml | 2 | 3 | resource "../a": cycle detected
          error-escaping-file            | kustomization.yaml | 2 | 3  | resource "../shared-outside.yaml": security; file
          error-escaping-generator-file  | kustomization.yaml | 4 | 5  | generator file "../shared-outside.yaml": security; file
          error-missing-generator-file   | kustomization.yaml | 4 | 5  | generator file "charts/missing.yaml": no such file or directory
          error-dir-without-kustomization | kustomization.yaml | 2 | 3 | resource "empty": unable to find one of 'kustomization.yaml'
          error-json-patch-no-target     | kustomization.yaml | 3 | 3  | must specify a target for JSON patch
          error-smp-no-match             | kustomization.yaml | 3 | 3  | no resource matches strategic merge patch "ConfigMap.v1.[noGrp]/other.[noNs]"
          error-behavior-merge-missing   | kustomization.yaml | 2 | 3  | does not exist; cannot merge or replace
          error-behavior-create-twice    | kustomization.yaml | 3 | 3  | exists; behavior must be merge or replace
          error-literal-without-equals   | kustomization.yaml | 4 | 5  | invalid literal source novalue, expected key=value
          error-repeated-key             | kustomization.yaml | 4 | 11 | configmap rep illegally repeats the key `a`
          error-generator-without-name   | kustomization.yaml | 2 | 3  | a configmap must have a name
          error-missing-kind             | nokind.yaml        | 1 | 1  | missing kind in object
          error-missing-name             | noname.yaml        | 1 | 1  | missing metadata.name in object of kind ConfigMap
          error-nan                      | nan.yaml           | 6 | 6  | json: unsupported value: NaN
          error-numeric-generated-key    | kustomization.yaml | 2 | 3  | map key 10 is not a string
          error-duplicate-resource       | b.yaml             | 1 | 1  | may not add resource with an already registered id
          error-namespace-conflict       | two.yaml           | 7 | 1  | namespace transformation produces ID conflict
          error-image-unknown-field      | kustomization.yaml | 4 | 5  | unknown field "images[0].newVersion" in Image
          error-image-wrong-type         | kustomization.yaml | 4 | 13 | field "images[0].newTag" must be a string, found a number
          """)
  void errorNamesFileLineAndColumn(
      String fixture, String file, int line, int column, String message) {
    KustomizeException e = fail(FIXTURES.resolve(fixture));
    assertThat(e).as("%s must fail", fixture).isNotNull();
    assertThat(e.file().toString().replace('\\', '/')).endsWith(fixture + "/" + file);
    assertThat(e.line()).as(e.describe()).isEqualTo(line);
    assertThat(e.column()).as(e.describe()).isEqualTo(column);
    assertThat(e.getMessage()).contains(message);
    assertThat(e.describe()).startsWith(e.file() + ":" + line + ":" + column + ": ");
  }

  @Test
  void emptyKustomizationNamesTheFile() {
    KustomizeException e = fail(FIXTURES.resolve("error-empty-kustomization"));
    assertThat(e.line()).isZero();
    assertThat(e.describe()).endsWith("kustomization.yaml: kustomization.yaml is empty");
  }

  @Test
  void unsupportedKustomizeFieldIsAnErrorNamingIt(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("kustomization.yaml"), "resources: []\nreplicas:\n- name: web\n  count: 2\n");
    KustomizeException e = fail(dir);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.column()).isEqualTo(1);
    assertThat(e.getMessage())
        .startsWith("kustomization field \"replicas\" is not supported by rset (it supports ")
        .contains("configMapGenerator")
        .contains("images");
  }

  @Test
  void everyUnsupportedFieldIsRefused(@TempDir Path dir) throws IOException {
    for (String field : Kustomization.UNSUPPORTED) {
      Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\n" + field + ": {}\n");
      KustomizeException e = fail(dir);
      assertThat(e).as(field).isNotNull();
      assertThat(e.getMessage()).as(field).contains("\"" + field + "\" is not supported");
      assertThat(e.line()).isEqualTo(2);
    }
  }

  @Test
  void imageNameThatIsNoRegularExpressionNamesTheEntry(@TempDir Path dir) throws IOException {
    // kustomize uses the name as a Go regular expression (and crashes on a bad one)
    Files.writeString(
        dir.resolve("pod.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n"
            + "  - name: c\n    image: nginx\n");
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "resources: [pod.yaml]\nimages:\n- name: nginx\n  newTag: \"1\"\n- name: ngin[x\n");
    KustomizeException e = fail(dir);
    assertThat(e.line()).isEqualTo(5);
    assertThat(e.column()).isEqualTo(3);
    assertThat(e.getMessage())
        .startsWith("image name \"ngin[x\" is not a valid regular expression: ");
  }

  @Test
  void missingKustomizationFile(@TempDir Path dir) {
    KustomizeException e = fail(dir);
    assertThat(e.file()).isEqualTo(dir);
    assertThat(e.getMessage()).startsWith("unable to find one of 'kustomization.yaml'");
  }

  @Test
  void twoKustomizationFiles(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("kustomization.yaml"), "resources: []\n");
    Files.writeString(dir.resolve("kustomization.yml"), "resources: []\n");
    assertThat(fail(dir).getMessage()).startsWith("Found multiple kustomization files under: ");
  }

  @Test
  void malformedKustomization(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("kustomization.yaml"), "resources:\n- a\n  b: [\n");
    KustomizeException e = fail(dir);
    assertThat(e.file()).isEqualTo(dir.resolve("kustomization.yaml"));
    assertThat(e.line()).isPositive();
    assertThat(e.getMessage()).startsWith("malformed YAML: ");
  }

  @Test
  void componentKindIsRefused(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1alpha1\nkind: Component\nresources: []\n");
    KustomizeException e = fail(dir);
    assertThat(e.line()).isEqualTo(2);
    assertThat(e.getMessage()).contains("Component is not supported");
  }

  @Test
  void wrongApiVersion(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "apiVersion: kustomize.config.k8s.io/v1\nresources: []\n");
    KustomizeException e = fail(dir);
    assertThat(e.line()).isEqualTo(1);
    assertThat(e.getMessage())
        .isEqualTo("apiVersion for Kustomization should be kustomize.config.k8s.io/v1beta1");
  }

  @Test
  void remoteResourcesAreRefused(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "resources:\n- https://github.com/org/repo//deploy?ref=v1\n");
    KustomizeException e = fail(dir);
    assertThat(e.describe())
        .endsWith(
            "kustomization.yaml:2:3: resource \"https://github.com/org/repo//deploy?ref=v1\":"
                + " remote resources are not supported by rset");
  }

  @Test
  void badJsonPatchOperationNamesThePatch(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "resources: [cm.yaml]\npatches:\n- target: {kind: ConfigMap}\n  patch: |-\n"
            + "    - op: remove\n      path: /data/missing\n");
    KustomizeException e = fail(dir);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage())
        .startsWith("applying JSON patch to ConfigMap.v1.[noGrp]/c.[noNs]: ")
        .contains("missing path");
  }

  @Test
  void patchThatIsNeitherKind(@TempDir Path dir) throws IOException {
    Files.writeString(
        dir.resolve("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: c\n");
    Files.writeString(
        dir.resolve("kustomization.yaml"),
        "resources: [cm.yaml]\npatches:\n- patch: |-\n    kind: ConfigMap\n    data: {a: b}\n");
    KustomizeException e = fail(dir);
    assertThat(e.line()).isEqualTo(3);
    assertThat(e.getMessage())
        .startsWith("unable to parse SM or JSON patch from [patch: ")
        .contains("missing metadata.name");
  }
}

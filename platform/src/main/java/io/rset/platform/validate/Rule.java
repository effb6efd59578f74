package io.rset.platform.validate;

/**
 * The validation rules. Codes are stable: a code is never reused for another rule, so scripts and
 * SARIF consumers may depend on them. {@code docs/validate.md} lists the same table.
 */
public enum Rule {
  VALUES_KEY_NOT_FOUND(
      "RSET001",
      "values-key-not-found",
      Severity.ERROR,
      "A HelmRelease valuesFrom names a ConfigMap/Secret key the build does not generate"),
  GENERATOR_FILE_MISSING(
      "RSET002",
      "generator-file-missing",
      Severity.ERROR,
      "A configMapGenerator/secretGenerator entry names a file that does not exist"),
  UNUSED_VALUES_FILE(
      "RSET003",
      "unused-values-file",
      Severity.WARNING,
      "A values file (charts/*.yaml) that no HelmRelease reads"),
  UNKNOWN_DEPENDENCY(
      "RSET004",
      "unknown-dependency",
      Severity.WARNING,
      "dependsOn names a HelmRelease, Kustomization or ResourceSet defined nowhere in the build"
          + " (an error with --strict)"),
  DEPENDENCY_CYCLE(
      "RSET005",
      "dependency-cycle",
      Severity.ERROR,
      "HelmReleases, Kustomizations and ResourceSets that wait for each other in a cycle"),
  NAMESPACE_NOT_FOUND(
      "RSET006",
      "namespace-not-found",
      Severity.ERROR,
      "An object, targetNamespace or install namespace no Namespace of the build creates"),
  DUPLICATE_YAML_KEY(
      "RSET007",
      "duplicate-yaml-key",
      Severity.ERROR,
      "A YAML mapping with the same key twice (Flux's strict decoder rejects it)"),
  DUPLICATE_RELEASE_NAME(
      "RSET008",
      "duplicate-release-name",
      Severity.ERROR,
      "Two input sets of a ResourceSet with the same name"),
  OBJECT_COLLISION(
      "RSET009",
      "object-collision",
      Severity.ERROR,
      "Two input sets render the same object differently (Flux keeps the first silently)"),
  OCI_URL_WITH_CHART(
      "RSET010",
      "oci-url-with-chart",
      Severity.ERROR,
      "An oci:// HelmRepository url that ends with the chart name"),
  OCI_WITHOUT_SCHEME(
      "RSET011",
      "oci-without-scheme",
      Severity.ERROR,
      "An OCI registry given as a Helm repository url without oci://"),
  OCI_TYPE_MISMATCH(
      "RSET012",
      "oci-type-mismatch",
      Severity.ERROR,
      "A HelmRepository whose type does not match its url (oci:// needs type: oci and back)"),
  UNDEFINED_VARIABLE(
      "RSET013",
      "undefined-variable",
      Severity.ERROR,
      "A ${var} that no vars source defines (checked per cluster vars set)"),
  SUBSTITUTION_SYNTAX(
      "RSET014",
      "substitution-syntax",
      Severity.ERROR,
      "Text Flux's envsubst cannot parse (it fails the whole Kustomization)"),
  SHELL_EXPANSION(
      "RSET015",
      "shell-expansion",
      Severity.ERROR,
      "A bash-only parameter expansion (${x%y}, ${x/a/b}, ${#x}...) Flux would substitute"),
  UNESCAPED_SCRIPT_VARIABLE(
      "RSET016",
      "unescaped-script-variable",
      Severity.ERROR,
      "An unescaped ${VAR} of an embedded script that Flux would substitute"),
  TEMPLATE_ERROR(
      "RSET017",
      "template-error",
      Severity.ERROR,
      "A ResourceSet template fails for an input set (e.g. a missing input key)"),
  KUSTOMIZATION_PATH(
      "RSET018",
      "kustomization-path",
      Severity.ERROR,
      "A Flux Kustomization spec.path that does not exist"),
  BUILD_ERROR(
      "RSET019",
      "build-error",
      Severity.ERROR,
      "Any other problem of the platform build (kustomize, YAML, ResourceSet spec)"),
  UNSUPPORTED(
      "RSET020",
      "unsupported",
      Severity.WARNING,
      "A Flux feature rset does not model offline (e.g. Kustomization spec.components); the objects"
          + " were checked without it");

  private final String code;
  private final String id;
  private final Severity severity;
  private final String description;

  Rule(String code, String id, Severity severity, String description) {
    this.code = code;
    this.id = id;
    this.severity = severity;
    this.description = description;
  }

  /** The stable code, e.g. {@code RSET001}. */
  public String code() {
    return code;
  }

  /** The rule's name, e.g. {@code values-key-not-found}. */
  public String id() {
    return id;
  }

  /** The default severity. */
  public Severity severity() {
    return severity;
  }

  /** One sentence saying what the rule finds. */
  public String description() {
    return description;
  }
}

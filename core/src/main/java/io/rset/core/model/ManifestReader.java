package io.rset.core.model;

import io.rset.core.yaml.Position;
import io.rset.core.yaml.YamlMap;
import io.rset.core.yaml.YamlNode;
import io.rset.core.yaml.YamlScalar;
import io.rset.core.yaml.YamlSeq;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns positioned YAML documents into {@link ResourceSet} and {@link ResourceSetInputProvider}
 * records, checking them as the API server checks them against the CRDs (spec §1.2, §1.4): unknown
 * fields, wrong types, missing required fields, enum values, patterns and (in {@link
 * ReadMode#API_SERVER}) the CEL rules with their exact messages. {@code metadata} is read leniently
 * like Kubernetes ObjectMeta (unknown fields ignored; label and annotation values that are numbers,
 * booleans or null become strings as sigs.k8s.io/yaml makes them). {@code status} is read
 * leniently.
 *
 * <p>Absent {@code apiVersion}/{@code kind} are accepted (the CLI forces them); other values are
 * errors. Every problem is a {@link ManifestException} naming the field path and its position.
 */
public final class ManifestReader {
  private static final Set<String> ROOT =
      Set.of("apiVersion", "kind", "metadata", "spec", "status");
  private static final Set<String> RSET_SPEC =
      Set.of(
          "commonMetadata",
          "inputStrategy",
          "inputs",
          "inputsFrom",
          "resources",
          "resourcesTemplate",
          "steps",
          "dependsOn",
          "serviceAccountName",
          "wait");
  private static final Set<String> STEP =
      Set.of("name", "resources", "resourcesTemplate", "timeout");
  private static final Set<String> DEPENDENCY =
      Set.of("apiVersion", "kind", "name", "namespace", "ready", "readyExpr");
  private static final Set<String> PROVIDER_REF = Set.of("apiVersion", "kind", "name", "selector");
  private static final Set<String> SELECTOR = Set.of("matchLabels", "matchExpressions");
  private static final Set<String> REQUIREMENT = Set.of("key", "operator", "values");
  private static final Set<String> RSIP_SPEC =
      Set.of(
          "type",
          "url",
          "serviceAccountName",
          "secretRef",
          "certSecretRef",
          "insecure",
          "defaultValues",
          "filter",
          "skip",
          "schedule",
          "selectors");
  private static final Set<String> FILTER =
      Set.of(
          "includeBranch",
          "excludeBranch",
          "includeTag",
          "excludeTag",
          "includeEnvironment",
          "excludeEnvironment",
          "labels",
          "limit",
          "semver");
  private static final Set<String> SCHEDULE = Set.of("cron", "timeZone", "window");
  private static final Set<String> RSIP_SELECTOR =
      Set.of("name", "namespace", "matchLabels", "matchExpressions");

  /** The provider types of the RSIP CRD enum, in the CRD's order. */
  public static final List<String> PROVIDER_TYPES =
      List.of(
          "Static",
          "GitHubBranch",
          "GitHubTag",
          "GitHubPullRequest",
          "GitLabBranch",
          "GitLabTag",
          "GitLabMergeRequest",
          "GitLabEnvironment",
          "GiteaBranch",
          "GiteaTag",
          "GiteaPullRequest",
          "AzureDevOpsBranch",
          "AzureDevOpsTag",
          "AzureDevOpsPullRequest",
          "AWSCodeCommitBranch",
          "AWSCodeCommitTag",
          "AWSCodeCommitPullRequest",
          "OCIArtifactTag",
          "ACRArtifactTag",
          "ECRArtifactTag",
          "GARArtifactTag",
          "ExternalService",
          "ExternalArtifact");

  static final Pattern STEP_NAME = Pattern.compile("^[a-z0-9]([-a-z0-9]*[a-z0-9])?$");
  static final Pattern DURATION = Pattern.compile("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$");
  static final Pattern URL = Pattern.compile("^((http|https|oci)://.*){0,1}$", Pattern.DOTALL);
  static final int MAX_STEPS = 20;
  static final int STEP_NAME_MAX = 63;
  static final int FILTER_LIMIT_MAX = 10000;

  private ManifestReader() {}

  /**
   * Reads every document in order; null (empty) documents are skipped. The kind decides the record
   * type; a document without a kind is an error here.
   */
  public static List<Manifest> readAll(List<? extends YamlNode> documents) {
    List<Manifest> out = new ArrayList<>();
    for (YamlNode doc : documents) {
      if (!Fields.isNull(doc)) {
        out.add(read(doc));
      }
    }
    return out;
  }

  /** Reads one document as a ResourceSet or ResourceSetInputProvider according to its kind. */
  public static Manifest read(YamlNode doc) {
    YamlMap root = Fields.asMap(doc, "");
    YamlNode kind = root.entries().get("kind");
    if (Fields.isNull(kind)) {
      throw new ManifestException(root.pos(), "kind", "Required value");
    }
    String k = Fields.asString(kind, "kind");
    if (k.equals(ResourceSet.KIND)) {
      return readResourceSet(doc);
    }
    if (k.equals(ResourceSetInputProvider.KIND)) {
      return readInputProvider(doc);
    }
    throw unsupported(
        kind.pos(), "kind", k, List.of(ResourceSet.KIND, ResourceSetInputProvider.KIND));
  }

  /** Reads a ResourceSet document as the API server checks it ({@link ReadMode#API_SERVER}). */
  public static ResourceSet readResourceSet(YamlNode doc) {
    return readResourceSet(doc, ReadMode.API_SERVER);
  }

  /** Reads a ResourceSet document, with the CEL rules only in {@link ReadMode#API_SERVER}. */
  public static ResourceSet readResourceSet(YamlNode doc, ReadMode mode) {
    Fields root = Fields.strict(doc, "", ROOT);
    checkTypeMeta(root, ResourceSet.KIND);
    ObjectMeta meta = readMeta(root);
    ResourceSetSpec spec =
        root.has("spec")
            ? readRsetSpec(Fields.strict(root.node("spec"), "spec", RSET_SPEC), mode)
            : emptySpec();
    ResourceSetStatus status = root.has("status") ? readRsetStatus(root.node("status")) : null;
    return new ResourceSet(root.pos(), meta, spec, status);
  }

  /**
   * Reads a ResourceSetInputProvider document as the API server checks it ({@link
   * ReadMode#API_SERVER}).
   */
  public static ResourceSetInputProvider readInputProvider(YamlNode doc) {
    return readInputProvider(doc, ReadMode.API_SERVER);
  }

  /**
   * Reads a ResourceSetInputProvider document, with the CEL rules only in {@link
   * ReadMode#API_SERVER}.
   */
  public static ResourceSetInputProvider readInputProvider(YamlNode doc, ReadMode mode) {
    Fields root = Fields.strict(doc, "", ROOT);
    checkTypeMeta(root, ResourceSetInputProvider.KIND);
    ObjectMeta meta = readMeta(root);
    YamlNode specNode = root.node("spec");
    if (specNode == null) {
      throw root.required("spec");
    }
    ResourceSetInputProvider.Spec spec =
        readRsipSpec(Fields.strict(specNode, "spec", RSIP_SPEC), mode);
    List<Map<String, Object>> exported = null;
    String revision = null;
    if (root.has("status")) {
      Fields status = Fields.lenient(root.node("status"), "status");
      if (status.has("exportedInputs")) {
        exported = objects(status, "exportedInputs");
      }
      revision = status.string("lastExportedRevision");
    }
    return new ResourceSetInputProvider(root.pos(), meta, spec, exported, revision);
  }

  private static ResourceSetSpec emptySpec() {
    return new ResourceSetSpec(
        CommonMetadata.EMPTY, null, null, null, null, null, null, null, null, false, Set.of());
  }

  private static void checkTypeMeta(Fields root, String kind) {
    YamlNode av = root.node("apiVersion");
    if (av != null) {
      String v = Fields.asString(av, "apiVersion");
      if (!v.equals(ResourceSet.API_VERSION)) {
        throw unsupported(av.pos(), "apiVersion", v, List.of(ResourceSet.API_VERSION));
      }
    }
    YamlNode k = root.node("kind");
    if (k != null) {
      String v = Fields.asString(k, "kind");
      if (!v.equals(kind)) {
        throw unsupported(k.pos(), "kind", v, List.of(kind));
      }
    }
  }

  static ManifestException unsupported(
      Position pos, String path, String value, List<String> supported) {
    StringBuilder sb = new StringBuilder("unsupported value ").append(quote(value));
    sb.append(": supported values: ");
    for (int i = 0; i < supported.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(quote(supported.get(i)));
    }
    return new ManifestException(pos, path, sb.toString());
  }

  static String quote(String s) {
    return io.rset.gotemplate.fmt.GoStrconv.quote(s);
  }

  // --- metadata ---------------------------------------------------------------------------------

  private static ObjectMeta readMeta(Fields root) {
    if (!root.has("metadata")) {
      return new ObjectMeta(null, null, null, null, Map.of(), Map.of());
    }
    Fields m = Fields.lenient(root.node("metadata"), "metadata");
    Long generation = null;
    YamlNode g = m.node("generation");
    if (g != null) {
      if (g instanceof YamlScalar s && s.value() instanceof Long l) {
        generation = l;
      } else {
        throw new ManifestException(
            g.pos(), "metadata.generation", "must be an integer, not " + Fields.describe(g));
      }
    }
    return new ObjectMeta(
        m.coercedString("name"),
        m.coercedString("namespace"),
        m.coercedString("uid"),
        generation,
        m.stringMap("labels"),
        m.stringMap("annotations"));
  }

  // --- ResourceSet spec -------------------------------------------------------------------------

  private static ResourceSetSpec readRsetSpec(Fields s, ReadMode mode) {
    CommonMetadata common = CommonMetadata.EMPTY;
    if (s.has("commonMetadata")) {
      Fields c =
          Fields.strict(
              s.node("commonMetadata"),
              s.pathOf("commonMetadata"),
              Set.of("labels", "annotations"));
      common = new CommonMetadata(c.stringMap("labels"), c.stringMap("annotations"));
    }
    InputStrategy strategy = null;
    if (s.has("inputStrategy")) {
      strategy =
          readStrategy(
              Fields.strict(
                  s.node("inputStrategy"),
                  s.pathOf("inputStrategy"),
                  Set.of("name", "includeEmptyProviders")),
              mode);
    }
    List<Map<String, Object>> inputs = objects(s, "inputs");
    List<InputProviderReference> inputsFrom = new ArrayList<>();
    List<YamlNode> refs = s.list("inputsFrom");
    for (int i = 0; i < refs.size(); i++) {
      inputsFrom.add(readProviderRef(refs.get(i), Fields.index(s.pathOf("inputsFrom"), i), mode));
    }
    List<Map<String, Object>> resources = objects(s, "resources");
    String template = s.string("resourcesTemplate");
    List<ResourceSetStep> steps = new ArrayList<>();
    List<YamlNode> stepNodes = s.list("steps");
    for (int i = 0; i < stepNodes.size(); i++) {
      steps.add(readStep(stepNodes.get(i), Fields.index(s.pathOf("steps"), i)));
    }
    List<Dependency> deps = new ArrayList<>();
    List<YamlNode> depNodes = s.list("dependsOn");
    for (int i = 0; i < depNodes.size(); i++) {
      Fields d = Fields.strict(depNodes.get(i), Fields.index(s.pathOf("dependsOn"), i), DEPENDENCY);
      String apiVersion = d.requiredString("apiVersion");
      String kind = d.requiredString("kind");
      String name = d.requiredString("name");
      String ns = d.string("namespace");
      Boolean ready = d.bool("ready");
      deps.add(
          new Dependency(
              apiVersion,
              kind,
              name,
              ns == null ? "" : ns,
              ready != null && ready,
              d.string("readyExpr")));
    }
    String sa = s.string("serviceAccountName");
    Boolean wait = s.bool("wait");
    ResourceSetSpec spec =
        new ResourceSetSpec(
            common,
            strategy,
            inputs,
            inputsFrom,
            resources,
            template,
            steps,
            deps,
            sa,
            wait != null && wait,
            s.present());
    checkStepsSchema(s, stepNodes, steps);
    if (mode == ReadMode.API_SERVER) {
      checkRsetRules(s, spec, stepNodes, refs);
    }
    return spec;
  }

  private static InputStrategy readStrategy(Fields f, ReadMode mode) {
    YamlNode n = f.node("name");
    if (n == null) {
      throw f.required("name");
    }
    String name = Fields.asString(n, f.pathOf("name"));
    if (!name.equals("Flatten") && !name.equals("Permute")) {
      throw unsupported(n.pos(), f.pathOf("name"), name, List.of("Flatten", "Permute"));
    }
    Boolean include = f.bool("includeEmptyProviders");
    if (mode == ReadMode.API_SERVER && include != null && !name.equals("Permute")) {
      throw new ManifestException(
          f.pos(), f.path(), "includeEmptyProviders only applies when name is Permute");
    }
    return new InputStrategy(name, include);
  }

  private static InputProviderReference readProviderRef(YamlNode node, String path, ReadMode mode) {
    Fields f = Fields.strict(node, path, PROVIDER_REF);
    String apiVersion = enumString(f, "apiVersion", List.of(ResourceSet.API_VERSION));
    String kind = enumString(f, "kind", List.of(ResourceSetInputProvider.KIND));
    String name = f.string("name");
    LabelSelector selector =
        f.has("selector") ? readSelector(f.node("selector"), f.pathOf("selector"), SELECTOR) : null;
    if (mode == ReadMode.CLI) {
      return new InputProviderReference(apiVersion, kind, name, selector);
    }
    if (!f.has("name") && !f.has("selector")) {
      throw new ManifestException(
          f.pos(),
          path,
          "at least one of name or selector must be set for input provider references");
    }
    if (f.has("name") && f.has("selector")) {
      throw new ManifestException(
          f.pos(), path, "cannot set both name and selector for input provider references");
    }
    return new InputProviderReference(apiVersion, kind, name, selector);
  }

  private static String enumString(Fields f, String key, List<String> allowed) {
    YamlNode n = f.node(key);
    if (n == null) {
      return null;
    }
    String v = Fields.asString(n, f.pathOf(key));
    if (!allowed.contains(v)) {
      throw unsupported(n.pos(), f.pathOf(key), v, allowed);
    }
    return v;
  }

  private static LabelSelector readSelector(YamlNode node, String path, Set<String> known) {
    Fields f = Fields.strict(node, path, known);
    return readSelectorFields(f);
  }

  private static LabelSelector readSelectorFields(Fields f) {
    Map<String, String> matchLabels = f.stringMap("matchLabels");
    List<LabelSelector.Requirement> reqs = new ArrayList<>();
    List<YamlNode> exprs = f.list("matchExpressions");
    for (int i = 0; i < exprs.size(); i++) {
      Fields r =
          Fields.strict(exprs.get(i), Fields.index(f.pathOf("matchExpressions"), i), REQUIREMENT);
      String key = r.requiredString("key");
      String op = r.requiredString("operator");
      reqs.add(new LabelSelector.Requirement(key, op, r.strings("values")));
    }
    return new LabelSelector(matchLabels, reqs);
  }

  private static ResourceSetStep readStep(YamlNode node, String path) {
    Fields f = Fields.strict(node, path, STEP);
    String name = f.requiredString("name");
    List<Map<String, Object>> resources = objects(f, "resources");
    String template = f.string("resourcesTemplate");
    String timeout = f.string("timeout");
    return new ResourceSetStep(name, resources, template, timeout, f.present());
  }

  /** A list whose items must be JSON objects, as mutable plain Java maps. */
  private static List<Map<String, Object>> objects(Fields f, String key) {
    List<Map<String, Object>> out = new ArrayList<>();
    List<YamlNode> items = f.list(key);
    for (int i = 0; i < items.size(); i++) {
      YamlNode n = items.get(i);
      if (!(n instanceof YamlMap m)) {
        throw new ManifestException(
            n.pos(),
            Fields.index(f.pathOf(key), i),
            "must be an object, not " + Fields.describe(n));
      }
      @SuppressWarnings("unchecked")
      Map<String, Object> v = (Map<String, Object>) m.toValue();
      out.add(v);
    }
    return out;
  }

  /** OpenAPI checks of spec.steps (item count, name length and pattern, timeout pattern). */
  private static void checkStepsSchema(
      Fields s, List<YamlNode> nodes, List<ResourceSetStep> steps) {
    if (!s.has("steps")) {
      return;
    }
    YamlNode list = s.node("steps");
    if (steps.size() > MAX_STEPS) {
      throw new ManifestException(
          list.pos(), s.pathOf("steps"), "must have at most " + MAX_STEPS + " items");
    }
    if (steps.isEmpty()) {
      throw new ManifestException(list.pos(), s.pathOf("steps"), "should have at least 1 items");
    }
    for (int i = 0; i < steps.size(); i++) {
      ResourceSetStep st = steps.get(i);
      YamlMap m = (YamlMap) nodes.get(i);
      String path = Fields.index(s.pathOf("steps"), i);
      Position namePos = m.entries().get("name").pos();
      if (st.name().length() > STEP_NAME_MAX) {
        throw new ManifestException(
            namePos, path + ".name", "Too long: may not be more than " + STEP_NAME_MAX + " bytes");
      }
      if (!STEP_NAME.matcher(st.name()).matches()) {
        throw new ManifestException(
            namePos,
            path + ".name",
            "Invalid value: " + quote(st.name()) + ": should match '" + STEP_NAME.pattern() + "'");
      }
      if (st.timeout() != null && !DURATION.matcher(st.timeout()).matches()) {
        throw new ManifestException(
            m.entries().get("timeout").pos(),
            path + ".timeout",
            "Invalid value: "
                + quote(st.timeout())
                + ": should match '"
                + DURATION.pattern()
                + "'");
      }
    }
  }

  /** The CEL rules of the ResourceSet CRD (spec §1.2.2), messages verbatim. */
  private static void checkRsetRules(
      Fields s, ResourceSetSpec spec, List<YamlNode> stepNodes, List<YamlNode> refs) {
    boolean steps = s.has("steps");
    boolean resources = s.has("resources");
    boolean template = s.has("resourcesTemplate");
    if (steps && (resources || template)) {
      throw new ManifestException(
          s.pos(), "spec", "steps is mutually exclusive with resources and resourcesTemplate");
    }
    if (!steps && !resources && !template) {
      throw new ManifestException(
          s.pos(), "spec", "at least one of steps, resources or resourcesTemplate must be set");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (int i = 0; i < spec.steps().size(); i++) {
      if (seen.putIfAbsent(spec.steps().get(i).name(), i) != null) {
        YamlMap m = (YamlMap) stepNodes.get(i);
        throw new ManifestException(
            m.entries().get("name").pos(), s.pathOf("steps"), "step names must be unique");
      }
    }
    for (int i = 0; i < spec.steps().size(); i++) {
      ResourceSetStep st = spec.steps().get(i);
      if (!st.present().contains("resources") && !st.present().contains("resourcesTemplate")) {
        throw new ManifestException(
            stepNodes.get(i).pos(),
            Fields.index(s.pathOf("steps"), i),
            "at least one of resources or resourcesTemplate must be set");
      }
    }
  }

  // --- ResourceSet status -----------------------------------------------------------------------

  private static ResourceSetStatus readRsetStatus(YamlNode node) {
    Fields f = Fields.lenient(node, "status");
    List<Map<String, Object>> entries = List.of();
    if (f.has("inventory")) {
      Fields inv = Fields.lenient(f.node("inventory"), "status.inventory");
      entries = objects(inv, "entries");
    }
    return new ResourceSetStatus(
        objects(f, "conditions"),
        entries,
        f.string("lastAppliedRevision"),
        f.string("lastHandledReconcileAt"),
        f.strings("externalChecksumRefs"),
        objects(f, "history"));
  }

  // --- ResourceSetInputProvider spec ------------------------------------------------------------

  private static ResourceSetInputProvider.Spec readRsipSpec(Fields s, ReadMode mode) {
    YamlNode typeNode = s.node("type");
    if (typeNode == null) {
      throw s.required("type");
    }
    String type = Fields.asString(typeNode, s.pathOf("type"));
    if (!PROVIDER_TYPES.contains(type)) {
      throw unsupported(typeNode.pos(), s.pathOf("type"), type, PROVIDER_TYPES);
    }
    String url = s.string("url");
    if (url != null && !URL.matcher(url).matches()) {
      throw new ManifestException(
          s.node("url").pos(),
          s.pathOf("url"),
          "Invalid value: " + quote(url) + ": should match '" + URL.pattern() + "'");
    }
    s.string("serviceAccountName");
    for (String ref : List.of("secretRef", "certSecretRef")) {
      if (s.has(ref)) {
        Fields.strict(s.node(ref), s.pathOf(ref), Set.of("name")).requiredString("name");
      }
    }
    Boolean insecure = s.bool("insecure");
    Map<String, Object> defaults = s.object("defaultValues");
    if (s.has("filter")) {
      Fields f = Fields.strict(s.node("filter"), s.pathOf("filter"), FILTER);
      for (String k : FILTER) {
        if (k.equals("labels")) {
          f.strings(k);
        } else if (k.equals("limit")) {
          Long limit = f.integer(k);
          if (limit != null && limit > FILTER_LIMIT_MAX) {
            throw new ManifestException(
                f.node(k).pos(),
                f.pathOf(k),
                "Invalid value: "
                    + limit
                    + ": should be less than or equal to "
                    + FILTER_LIMIT_MAX);
          }
        } else {
          f.string(k);
        }
      }
    }
    if (s.has("skip")) {
      Fields.strict(s.node("skip"), s.pathOf("skip"), Set.of("labels")).strings("labels");
    }
    List<YamlNode> schedule = s.list("schedule");
    for (int i = 0; i < schedule.size(); i++) {
      Fields f = Fields.strict(schedule.get(i), Fields.index(s.pathOf("schedule"), i), SCHEDULE);
      f.requiredString("cron");
      f.string("timeZone");
      String window = f.string("window");
      if (window != null && !DURATION.matcher(window).matches()) {
        throw new ManifestException(
            f.node("window").pos(),
            f.pathOf("window"),
            "Invalid value: " + quote(window) + ": should match '" + DURATION.pattern() + "'");
      }
    }
    List<YamlNode> selectors = s.list("selectors");
    for (int i = 0; i < selectors.size(); i++) {
      Fields f =
          Fields.strict(selectors.get(i), Fields.index(s.pathOf("selectors"), i), RSIP_SELECTOR);
      f.string("name");
      f.string("namespace");
      readSelectorFields(f);
      if (mode == ReadMode.API_SERVER
          && f.has("name")
          && (f.has("matchLabels") || f.has("matchExpressions"))) {
        throw new ManifestException(
            f.pos(), f.path(), "name is mutually exclusive with matchLabels and matchExpressions");
      }
    }
    if (mode == ReadMode.API_SERVER) {
      checkRsipRules(s, type, url, insecure != null && insecure);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> raw = (Map<String, Object>) s.map().toValue();
    return new ResourceSetInputProvider.Spec(
        type, url, defaults == null ? new LinkedHashMap<>() : defaults, raw);
  }

  /** The CEL rules of the ResourceSetInputProvider CRD (spec §1.4), messages verbatim. */
  private static void checkRsipRules(Fields s, String type, String url, boolean insecure) {
    boolean hasUrl = s.has("url");
    boolean artifactTag = type.endsWith("ArtifactTag");
    boolean azure = type.startsWith("AzureDevOps");
    boolean aws = type.startsWith("AWSCodeCommit");
    boolean cloudRegistry =
        type.equals("ACRArtifactTag")
            || type.equals("ECRArtifactTag")
            || type.equals("GARArtifactTag");
    List<String> errors = new ArrayList<>();
    if (type.equals("Static") && hasUrl) {
      errors.add("spec.url must be empty when spec.type is 'Static'");
    }
    if (type.equals("ExternalArtifact") && hasUrl) {
      errors.add("spec.url must be empty when spec.type is 'ExternalArtifact'");
    }
    if (!type.equals("Static") && !type.equals("ExternalArtifact") && !hasUrl) {
      errors.add("spec.url must not be empty when spec.type is not 'Static' or 'ExternalArtifact'");
    }
    if (hasUrl) {
      if (type.startsWith("Git") && !url.startsWith("http")) {
        errors.add(
            "spec.url must start with 'http://' or 'https://' when spec.type is a Git provider");
      }
      if (azure && !(url.startsWith("http://") || url.startsWith("https://"))) {
        errors.add(
            "spec.url must start with 'http://' or 'https://' when spec.type is an AzureDevOps provider");
      }
      if (aws && !url.startsWith("https://")) {
        errors.add(
            "spec.url must start with 'https://' when spec.type is a AWSCodeCommit provider");
      }
      if (artifactTag && !url.startsWith("oci")) {
        errors.add("spec.url must start with 'oci://' when spec.type is an OCI provider");
      }
      if (artifactTag && url.startsWith("oci://") && !url.substring(6).contains("/")) {
        errors.add(
            "spec.url must include the repository path after the registry host when spec.type is an OCI provider");
      }
      if (type.equals("ExternalService") && !url.startsWith("http")) {
        errors.add(
            "spec.url must start with 'http://' or 'https://' when spec.type is 'ExternalService'");
      }
    }
    if (insecure && !type.equals("ExternalService") && !type.equals("OCIArtifactTag")) {
      errors.add(
          "spec.insecure can only be set when spec.type is 'ExternalService' or 'OCIArtifactTag'");
    }
    if (type.equals("ExternalService") && hasUrl && url.startsWith("http://") && !insecure) {
      errors.add("spec.url must use 'https://' unless spec.insecure is true");
    }
    if (s.has("serviceAccountName")
        && !(azure || aws || artifactTag || type.equals("ExternalArtifact"))) {
      errors.add(
          "cannot specify spec.serviceAccountName when spec.type is not one of AzureDevOps*, AWSCodeCommit*, *ArtifactTag or ExternalArtifact");
    }
    if (s.has("certSecretRef")
        && (type.equals("Static")
            || type.equals("ExternalArtifact")
            || azure
            || aws
            || cloudRegistry)) {
      errors.add(
          "cannot specify spec.certSecretRef when spec.type is one of Static, ExternalArtifact, AzureDevOps*, AWSCodeCommit*, ACRArtifactTag, ECRArtifactTag or GARArtifactTag");
    }
    if (s.has("secretRef")
        && (type.equals("Static") || type.equals("ExternalArtifact") || aws || cloudRegistry)) {
      errors.add(
          "cannot specify spec.secretRef when spec.type is one of Static, ExternalArtifact, AWSCodeCommit*, ACRArtifactTag, ECRArtifactTag or GARArtifactTag");
    }
    boolean hasSelectors = s.has("selectors");
    if (type.equals("ExternalArtifact")
        && (!hasSelectors || ((YamlSeq) s.node("selectors")).items().isEmpty())) {
      errors.add("spec.selectors must be set when spec.type is 'ExternalArtifact'");
    }
    if (!type.equals("ExternalArtifact") && hasSelectors) {
      errors.add("spec.selectors must not be set when spec.type is not 'ExternalArtifact'");
    }
    if (!errors.isEmpty()) {
      throw new ManifestException(s.pos(), "spec", errors.get(0));
    }
  }
}

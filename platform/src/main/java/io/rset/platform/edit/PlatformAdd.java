package io.rset.platform.edit;

import io.rset.core.platform.Source;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code rset platform add}: computes, in memory, the four edits users make by hand to add a Helm
 * release to a platform directory (see shared/design/platform-layout.md):
 *
 * <ol>
 *   <li>the release input in helm-charts.yaml (version as {@code ${var}} plus a versions.env entry
 *       when the other releases do that);
 *   <li>{@code charts/NAME.yaml}, its values;
 *   <li>its registration in kustomization.yaml's {@code platform-values} generator;
 *   <li>with {@code --config}, {@code config/NAME/kustomization.yaml} and its config.yaml input;
 * </ol>
 *
 * and with {@code --create-namespace} the namespace's input in namespaces.yaml. Every check runs
 * and every edited file is re-read and compared (and ResourceSet files rebuilt) before the {@link
 * AddPlan} is returned; nothing is written here.
 */
public final class PlatformAdd {
  static final String VERSIONS = "versions.env";
  static final String PROVIDERS = ".static-provider.yaml";
  static final String VALUES_DIR = "charts/";
  static final String SCHEMA_HEADER = "# yaml-language-server: $schema=";

  private PlatformAdd() {}

  /**
   * The checked changes for {@code r}.
   *
   * @throws EditException when the request is refused (duplicate name, unknown dependency,
   *     namespace not created, invalid name or URL, a file that cannot be edited safely)
   */
  public static AddPlan plan(AddRequest r) {
    checkArguments(r);
    Path dir = r.dir();
    if (!Files.isDirectory(dir)) {
      throw new EditException(dir + ": not a directory");
    }
    PlatformFile kustomization =
        PlatformFile.read(dir, ValuesRegistration.FILE, "is this a platform directory?");
    Releases releases =
        new Releases(PlatformFile.read(dir, Releases.FILE, "is this a platform directory?"));
    releases.requireNew(r.name());
    if (!r.force()) {
      releases.requireKnown(r.dependsOn());
    }
    String platformNamespace = ValuesRegistration.namespace(kustomization);
    PlatformFile providers = PlatformFile.readIfExists(dir, PROVIDERS);
    BuildCheck builds =
        new BuildCheck(
            providers == null ? null : new Source(providers.name(), providers.text()),
            platformNamespace);
    Namespaces namespaces =
        new Namespaces(PlatformFile.readIfExists(dir, Namespaces.FILE), builds, platformNamespace);
    boolean newNamespace = !namespaces.exists(r.namespace());
    if (newNamespace && !r.createNamespace()) {
      throw namespaces.missing(r.namespace());
    }
    ConfigEntry config = null;
    if (r.config()) {
      config = new ConfigEntry(PlatformFile.read(dir, ConfigEntry.FILE, "needed by --config"));
      config.requireNew(r.name());
    }

    List<FileChange> changes = new ArrayList<>();
    FileChange versions = null;
    String version = r.version();
    if (!version.contains("${") && VersionVariable.usedBy(releases.inputs())) {
      VersionEntry v = VersionEntry.of(dir, releases, r);
      version = "${" + v.variable() + "}";
      versions = v.change();
    }
    changes.add(releaseChange(releases, r, version, builds));
    if (versions != null) {
      changes.add(versions);
    }
    String valuesPath = VALUES_DIR + r.name() + ".yaml";
    FileChange values = valuesFile(dir, valuesPath, r, kustomization.doc().newline());
    if (values != null) {
      changes.add(values);
    }
    FileChange registration =
        new ValuesRegistration(kustomization).register(r.name() + ".yaml", valuesPath);
    if (registration != null) {
      changes.add(registration);
    }
    if (newNamespace) {
      changes.add(namespaces.create(r.namespace(), r.namespaceInput()));
    }
    if (config != null) {
      FileChange entry = config.add(r.name(), r.namespace(), releases.namespaces(), dir);
      ResourceSetDoc rs = config.resourceSet();
      TextDoc after = new TextDoc(entry.path(), entry.after());
      builds.requireStillBuilds(
          rs.file().doc(), rs.node(), after, YamlTree.read(after).get(rs.index()));
      changes.add(entry);
      FileChange scaffold = configKustomization(dir, r.name(), kustomization.doc().newline());
      if (scaffold != null) {
        changes.add(scaffold);
      }
    }
    return new AddPlan(dir, changes);
  }

  private static void checkArguments(AddRequest r) {
    Names.requireDns1123Label("release name", r.name());
    Names.requireDns1123Label("namespace", r.namespace());
    requireToken("--chart", r.chart());
    requireToken("--version", r.version());
    Names.requireUrl("--url", r.url(), Set.of("http", "https", "oci"));
    if (r.schemaUrl() != null) {
      Names.requireUrl("--schema-url", r.schemaUrl(), Set.of("http", "https"));
    }
    for (String d : r.dependsOn()) {
      Names.requireDns1123Label("dependency", d);
    }
    if (r.dependsOn().contains(r.name())) {
      throw new EditException("release \"" + r.name() + "\" cannot depend on itself");
    }
  }

  private static void requireToken(String flag, String value) {
    if (value == null || value.isBlank()) {
      throw new EditException(flag + " must not be empty");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isWhitespace(value.charAt(i)) || Character.isISOControl(value.charAt(i))) {
        throw new EditException("invalid " + flag + " \"" + value + "\": must not contain spaces");
      }
    }
  }

  private static FileChange releaseChange(
      Releases releases, AddRequest r, String version, BuildCheck builds) {
    ResourceSetDoc rs = releases.target();
    Map<String, Object> chart = new LinkedHashMap<>();
    chart.put("name", r.chart());
    chart.put("version", version);
    chart.put("url", r.url());
    Map<String, Object> input = new LinkedHashMap<>();
    input.put("name", r.name());
    input.put("namespace", r.namespace());
    input.put("chart", chart);
    EntryStyle style = rs.inputStyle();
    if (!r.dependsOn().isEmpty()
        || style.seenEmpty("[]/dependsOn")
        || style.alwaysPresent("[]", "dependsOn")) {
      input.put("dependsOn", ResourceSetDoc.dependsOn(rs.inputs(), r.dependsOn()));
    }
    String after = rs.withInput(input);
    TextDoc afterDoc = new TextDoc(rs.file().name(), after);
    builds.requireStillBuilds(
        rs.file().doc(), rs.node(), afterDoc, YamlTree.read(afterDoc).get(rs.index()));
    return new FileChange(
        Releases.FILE,
        rs.file().text(),
        after,
        "added release \"" + r.name() + "\" (" + r.chart() + " " + r.version() + ")");
  }

  /**
   * {@code charts/NAME.yaml}: the {@code --values} file's content or {@code {}}, with the schema
   * header when {@code --schema-url} is given (replacing one the values file starts with). An
   * existing file is kept when neither option asks for other content.
   */
  private static FileChange valuesFile(Path dir, String path, AddRequest r, String newline) {
    String content;
    if (r.valuesFile() != null) {
      content = PlatformFile.readText(r.valuesFile(), r.valuesFile().toString());
      List<Object> docs = EditCheck.read(r.valuesFile().toString(), content);
      if (docs.size() > 1
          || (docs.size() == 1 && docs.get(0) != null && !(docs.get(0) instanceof Map))) {
        throw new EditException(r.valuesFile() + ": Helm values must be one YAML mapping");
      }
      newline =
          new TextDoc("", content).lineCount() > 1 ? new TextDoc("", content).newline() : newline;
    } else {
      content = "{}" + newline;
    }
    if (r.schemaUrl() != null) {
      String header = SCHEMA_HEADER + r.schemaUrl();
      if (content.startsWith("# yaml-language-server:")) {
        TextDoc d = new TextDoc("", content);
        content = header + content.substring(d.contentEnd(0));
      } else {
        content = header + newline + content;
      }
    }
    PlatformFile existing = PlatformFile.readIfExists(dir, path);
    if (existing != null) {
      if ((r.valuesFile() == null && r.schemaUrl() == null) || existing.text().equals(content)) {
        return null;
      }
      throw new EditException(
          path + ": already exists; remove it, or leave out --values and --schema-url to keep it");
    }
    return new FileChange(path, null, content, "created");
  }

  private static FileChange configKustomization(Path dir, String name, String newline) {
    String path = "config/" + name + "/kustomization.yaml";
    if (Files.exists(dir.resolve(path))) {
      return null;
    }
    if (Files.exists(dir.resolve("config/" + name))) {
      throw new EditException(
          "config/" + name + ": exists but has no kustomization.yaml; add one by hand");
    }
    return new FileChange(
        path, null, String.join(newline, ConfigEntry.KUSTOMIZATION) + newline, "created");
  }
}

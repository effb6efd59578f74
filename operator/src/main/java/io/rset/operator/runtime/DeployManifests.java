package io.rset.operator.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The operator's installation manifests: the repository's {@code deploy/} directory (CRDs,
 * namespace, RBAC, Deployment), bundled on the classpath under {@code io/rset/operator/deploy/}.
 * Files come in the order of {@code deploy/kustomization.yaml}'s {@code resources}.
 */
public final class DeployManifests {
  private static final String ROOT = "io/rset/operator/deploy/";

  private DeployManifests() {}

  /** The files of {@code kustomization.yaml}'s resources, relative to {@code deploy/}, in order. */
  public static List<String> files() {
    Object doc = yaml().load(read("kustomization.yaml"));
    if (doc instanceof Map<?, ?> m && m.get("resources") instanceof List<?> resources) {
      List<String> files = new ArrayList<>();
      resources.forEach(r -> files.add(String.valueOf(r)));
      return files;
    }
    throw new IllegalStateException("deploy/kustomization.yaml has no resources list");
  }

  /**
   * Every file's text, in order, each ending with a newline: what {@code install --export} prints.
   */
  public static String export() {
    StringBuilder b = new StringBuilder();
    for (String file : files()) {
      String text = read(file);
      b.append(text);
      if (!text.endsWith("\n")) {
        b.append('\n');
      }
    }
    return b.toString();
  }

  /** Every object of every file, in order, as plain maps. */
  @SuppressWarnings("unchecked")
  public static List<Map<String, Object>> objects() {
    List<Map<String, Object>> objects = new ArrayList<>();
    for (String file : files()) {
      for (Object doc : yaml().loadAll(read(file))) {
        if (doc instanceof Map<?, ?> m) {
          objects.add((Map<String, Object>) m);
        }
      }
    }
    return objects;
  }

  private static Yaml yaml() {
    return new Yaml(new SafeConstructor(new LoaderOptions()));
  }

  /** The text of a file of {@code deploy/}. */
  public static String read(String file) {
    try (InputStream in = DeployManifests.class.getClassLoader().getResourceAsStream(ROOT + file)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + ROOT + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

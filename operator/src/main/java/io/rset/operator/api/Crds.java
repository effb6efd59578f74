package io.rset.operator.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** The operator's CustomResourceDefinitions as shipped on the classpath. */
public final class Crds {
  /** Classpath location of the ResourceSet CRD. */
  public static final String RESOURCE_SET =
      "META-INF/fabric8/resourcesets.fluxcd.controlplane.io-v1.yml";

  /** Classpath location of the ResourceSetInputProvider CRD. */
  public static final String RESOURCE_SET_INPUT_PROVIDER =
      "META-INF/fabric8/resourcesetinputproviders.fluxcd.controlplane.io-v1.yml";

  /** Both, in install order. */
  public static final List<String> ALL = List.of(RESOURCE_SET, RESOURCE_SET_INPUT_PROVIDER);

  private Crds() {}

  /** The YAML text of a CRD resource. */
  public static String text(String resource) {
    try (InputStream in = Crds.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing classpath resource " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

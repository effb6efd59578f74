package io.rset.platform.build;

import java.nio.file.Path;

/**
 * Where an object of a platform build came from.
 *
 * @param file the manifest file (for a generated ConfigMap/Secret: the kustomization file; for an
 *     object a ResourceSet expanded to: the ResourceSet's file)
 * @param line 1-based line of the document (or generator entry, or ResourceSet), 0 when unknown
 * @param column 1-based column, 0 when unknown
 * @param resourceSet {@code namespace/name} of the ResourceSet that generated the object, or null
 *     for an object of the kustomize build itself
 * @param step the ResourceSet step that generated it, or null
 * @param inputIndex 0-based index of the first input set whose rendering produced the object, or
 *     null (not generated, or rendered without inputs)
 * @param inputId that input set's {@code id} printed as Go's {@code %v}, or null
 * @param inputName that input set's {@code name} key printed as Go's {@code %v}, or null
 */
public record Origin(
    Path file,
    int line,
    int column,
    String resourceSet,
    String step,
    Integer inputIndex,
    String inputId,
    String inputName) {

  /** An object read from {@code file} at {@code line:column}. */
  public static Origin file(Path file, int line, int column) {
    return new Origin(file, line, column, null, null, null, null, null);
  }

  /** {@code file:line:column}, or {@code file} when the line is unknown. */
  public String location() {
    return line > 0 ? file + ":" + line + ":" + column : String.valueOf(file);
  }
}

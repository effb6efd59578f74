package io.rset.platform.kustomize;

import java.nio.file.Path;

/**
 * One data key produced by a {@code configMapGenerator} or {@code secretGenerator}.
 *
 * @param kind {@code ConfigMap} or {@code Secret}
 * @param generatorName the generator's {@code name}
 * @param finalName the generated object's name, with the hash suffix if any
 * @param namespace the generated object's namespace, or null
 * @param key the data key
 * @param sourceFile the file the value comes from; null for literals
 * @param kustomizationFile the kustomization file declaring the generator
 * @param line 1-based line of the entry in the kustomization file
 * @param column 1-based column of the entry
 */
public record GeneratorEntry(
    String kind,
    String generatorName,
    String finalName,
    String namespace,
    String key,
    Path sourceFile,
    Path kustomizationFile,
    int line,
    int column) {}

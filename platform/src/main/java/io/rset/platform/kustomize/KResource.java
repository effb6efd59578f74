package io.rset.platform.kustomize;

import java.nio.file.Path;
import java.util.Map;

/**
 * One object of a kustomize build and where it came from.
 *
 * @param object the object (LinkedHashMap of String, Long, Double, Boolean, null, List, Map)
 * @param file the file whose document holds the object; for a generated object the kustomization
 *     file
 * @param line 1-based line where the document starts (for a generated object: the generator entry)
 * @param column 1-based column
 */
public record KResource(Map<String, Object> object, Path file, int line, int column) {}

package io.rset.platform.substitute;

import java.nio.file.Path;

/**
 * One variable read from a vars file.
 *
 * @param key the name, exactly as written (kustomize does not trim it)
 * @param value the value, exactly as written after the first {@code =} (quotes kept)
 * @param file the file
 * @param line 1-based line
 */
public record VarEntry(String key, String value, Path file, int line) {}

package io.rset.core.model;

/**
 * An item of {@code spec.dependsOn}.
 *
 * @param namespace empty when absent (not defaulted)
 * @param readyExpr CEL expression, null when absent
 */
public record Dependency(
    String apiVersion,
    String kind,
    String name,
    String namespace,
    boolean ready,
    String readyExpr) {}

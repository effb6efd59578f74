package io.rset.core.model;

/**
 * An entry of {@code spec.inputsFrom}: a provider by name, or providers by label selector.
 *
 * @param selector null when absent
 */
public record InputProviderReference(
    String apiVersion, String kind, String name, LabelSelector selector) {}

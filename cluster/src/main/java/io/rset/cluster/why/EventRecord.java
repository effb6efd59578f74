package io.rset.cluster.why;

/**
 * One Kubernetes event about an object, from core/v1 or events.k8s.io/v1. {@code time} is the RFC
 * 3339 time it was last seen ("" when the event has none); {@code count} is at least 1.
 */
public record EventRecord(
    String time, String type, String reason, String message, long count, String source) {}

/**
 * Generic access to Flux objects for the cluster commands: objects as plain maps, Go-style API
 * error texts, conditions and object references.
 */
package io.rset.cluster.access;

/**
 * Waiting on Flux objects (§6.1 of the spec): the readiness rule, the poll loop bounded by the
 * command's timeout, deletion waits and the live progress line shown on a terminal.
 */
package io.rset.cluster.wait;

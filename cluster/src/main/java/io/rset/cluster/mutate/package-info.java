/**
 * Commands that change Flux objects (§6.5, §6.6, §6.8): reconcile requests, suspend, resume and
 * delete, each with the Flux Operator CLI's status lines and error texts.
 */
package io.rset.cluster.mutate;

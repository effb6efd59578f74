/**
 * Cluster commands' logic: get, tree, reconcile, suspend, resume, wait, delete, why, live graph.
 */
package io.rset.cluster;

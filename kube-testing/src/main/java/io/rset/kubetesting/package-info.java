/**
 * Kubernetes test support: the CRUD mock server extended with server-side apply, discovery and
 * faults.
 */
package io.rset.kubetesting;

/** {@code get} (§6.3): the ResourceSet and input provider tables and their YAML/JSON forms. */
package io.rset.cluster.get;

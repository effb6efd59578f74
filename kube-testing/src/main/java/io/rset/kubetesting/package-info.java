/**
 * Kubernetes test support: fabric8's CRUD mock server extended with server-side apply (with
 * dry-run), JSON merge patch, immutable fields, CRD establishment, discovery, request recording and
 * fault injection ({@link io.rset.kubetesting.SsaCrudDispatcher}), and {@link
 * io.rset.kubetesting.MockCluster}, which runs it and makes clients.
 *
 * <p>Typical use: start a {@link io.rset.kubetesting.MockCluster}, create the CRDs the test needs,
 * run the code under test with {@link io.rset.kubetesting.MockCluster#client()} or a client from
 * {@link io.rset.kubetesting.MockCluster#newClient}, inject faults with {@link
 * io.rset.kubetesting.FaultRule}, and assert on {@link io.rset.kubetesting.MockCluster#requests()}.
 * {@link io.rset.kubetesting.SsaCrudDispatcher} lists what the simplified server-side apply does
 * not model.
 */
package io.rset.kubetesting;

package io.rset.cluster.mutate;

import io.rset.cluster.access.ClusterObjects;
import io.rset.cluster.wait.ObjectWait;
import io.rset.cluster.wait.StatusLines;
import java.time.Clock;

/**
 * What every mutation needs: the cluster, the wall clock for request tokens, where status lines go
 * and how to wait.
 */
public record ActionContext(
    ClusterObjects objects, Clock clock, StatusLines lines, ObjectWait waits) {}

package io.rset.operator.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Runs {@link ScaleHarness}: 10 ResourceSets in the normal suite; the documented scale run is
 *
 * <pre>
 * ./mvnw -B -o -pl operator test -Dtest=ScaleTest -Drset.scale.count=1000 -DargLine=-Xmx256m
 * </pre>
 *
 * which must also keep the heap in use after GC under 256 MiB (it cannot exceed -Xmx anyway; the
 * run fails with OutOfMemoryError instead).
 */
class ScaleTest {
  @Test
  void resourceSetsBecomeReadyStayIdleAndANoChangeReconcileWritesNoObject() {
    int count = Integer.getInteger("rset.scale.count", 10);
    int objects = Integer.getInteger("rset.scale.objects", 5);
    ScaleHarness.Report report =
        ScaleHarness.run(count, objects, Duration.ofSeconds(5), Duration.ofMinutes(30));
    System.out.println(report.format());

    assertThat(report.noChangeObjectWrites()).isZero();
    assertThat(report.noChangeLatencies()).hasSizeGreaterThanOrEqualTo(count);
    assertThat(report.idleRequests()).isZero();
    assertThat(report.heapAfterGcBytes()).isLessThan(256L * 1024 * 1024);
  }
}

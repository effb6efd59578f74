package io.rset.cluster.wait;

import static org.assertj.core.api.Assertions.assertThat;

import io.rset.cluster.FluxKind;
import io.rset.cluster.access.ObjectRef;
import io.rset.core.yaml.YamlReader;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ReadinessCheckTest {
  private static final ObjectRef RSET = new ObjectRef(FluxKind.RESOURCE_SET, "apps", "podinfo");
  private static final ObjectRef HR = new ObjectRef(FluxKind.HELM_RELEASE, "apps", "podinfo");
  private static final String TOKEN = "2025-07-15T10:11:00.5Z";

  @SuppressWarnings("unchecked")
  private static Optional<Map<String, Object>> obj(String yaml) {
    return Optional.of((Map<String, Object>) new YamlReader().readSingle("t", yaml).toValue());
  }

  private static String ready(String status, String reason, String message, long gen) {
    return """
        metadata:
          generation: 2
          annotations: {}
        status:
          lastHandledReconcileAt: "%s"
          conditions:
          - type: Ready
            status: "%s"
            reason: %s
            message: "%s"
            observedGeneration: %d
        """
        .formatted(TOKEN, status, reason, message, gen);
  }

  @Test
  void notFoundIsAwaitedWithoutATokenAndAnErrorWithOne() {
    assertThat(ReadinessCheck.check(RSET, Optional.empty(), null))
        .isEqualTo(new Verdict.Pending("waiting for ResourceSet/apps/podinfo to be created"));
    assertThat(ReadinessCheck.check(RSET, Optional.empty(), TOKEN))
        .isEqualTo(new Verdict.Failed("resourcesets.fluxcd.controlplane.io \"podinfo\" not found"));
  }

  @Test
  void disabledAnnotationIsAnErrorWhateverItsCase() {
    var o = obj("metadata:\n  annotations:\n    fluxcd.controlplane.io/reconcile: DISABLED\n");
    assertThat(ReadinessCheck.check(RSET, o, null))
        .isEqualTo(new Verdict.Failed("Reconciliation is disabled for podinfo"));
  }

  @Test
  void suspendedToolkitObjectIsAnError() {
    var o = obj("spec:\n  suspend: true\n");
    assertThat(ReadinessCheck.check(HR, o, null))
        .isEqualTo(new Verdict.Failed("resource is suspended"));
  }

  @Test
  void tokenNotHandledYetWaits() {
    var o = obj(ready("True", "ReconciliationSucceeded", "done", 2));
    assertThat(ReadinessCheck.check(RSET, o, "2025-07-15T10:12:00Z"))
        .isEqualTo(
            new Verdict.Pending(
                "waiting for the controller to handle the request"
                    + " (Ready True ReconciliationSucceeded: done)"));
    assertThat(ReadinessCheck.check(RSET, o, TOKEN)).isEqualTo(new Verdict.Done("done"));
  }

  @Test
  void staleGenerationWaits() {
    var o = obj(ready("True", "ReconciliationSucceeded", "done", 1));
    assertThat(ReadinessCheck.check(RSET, o, TOKEN))
        .isEqualTo(new Verdict.Pending("Ready condition is for generation 1, object is at 2"));
  }

  @Test
  void unknownAndHealthCheckCanceledWait() {
    assertThat(
            ReadinessCheck.check(
                RSET, obj(ready("Unknown", "Progressing", "Reconciliation in progress", 2)), TOKEN))
        .isEqualTo(new Verdict.Pending("Unknown Progressing: Reconciliation in progress"));
    assertThat(
            ReadinessCheck.check(
                RSET, obj(ready("False", "HealthCheckCanceled", "New reconciliation", 2)), TOKEN))
        .isInstanceOf(Verdict.Pending.class);
  }

  @Test
  void falseIsReasonColonMessage() {
    assertThat(
            ReadinessCheck.check(
                RSET, obj(ready("False", "BuildFailed", "build failed: boom", 2)), TOKEN))
        .isEqualTo(new Verdict.Failed("BuildFailed: build failed: boom"));
  }

  @Test
  void noReadyConditionWaits() {
    assertThat(ReadinessCheck.check(RSET, obj("metadata:\n  name: x\n"), null))
        .isEqualTo(new Verdict.Pending("waiting for a Ready condition"));
  }

  @Test
  void emptyReadyMessageFallsBack() {
    assertThat(ReadinessCheck.check(RSET, obj(ready("True", "Succeeded", "", 2)), TOKEN))
        .isEqualTo(new Verdict.Done("Reconciliation completed successfully"));
  }
}

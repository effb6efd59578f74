package io.rset.operator.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.MDC;

/** JSON log lines: fields, the object being reconciled, errors, escaping, capped body loggers. */
class JsonLogEncoderTest {
  private final LoggerContext context = started();

  private static LoggerContext started() {
    LoggerContext c = new LoggerContext();
    c.setMDCAdapter(MDC.getMDCAdapter());
    c.start();
    return c;
  }

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  private String[] lines() {
    return out.toString(StandardCharsets.UTF_8).split("\n");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(String line) throws Exception {
    return new ObjectMapper().readValue(line, Map.class);
  }

  @Test
  void writesOneJsonObjectPerLineWithTheReconciledObject() throws Exception {
    OperatorLogging.install(context, Level.INFO, out);
    Logger log = context.getLogger("io.rset.test");
    MDC.put("resource.kind", "ResourceSet");
    MDC.put("resource.namespace", "apps");
    MDC.put("resource.name", "podinfo");
    MDC.put("resource.resourceVersion", "42");
    try {
      log.info("Reconciliation finished in {}", "52s");
    } finally {
      MDC.clear();
    }
    log.debug("not written at info");

    String[] lines = lines();
    assertThat(lines).hasSize(1);
    assertThat(lines[0])
        .matches(
            "\\{\"level\":\"info\",\"ts\":\"\\d{4}-\\d\\d-\\d\\dT[^\"]+Z\","
                + "\"logger\":\"io.rset.test\",\"msg\":\"Reconciliation finished in 52s\","
                + "\"kind\":\"ResourceSet\",\"namespace\":\"apps\",\"name\":\"podinfo\"\\}");
  }

  @Test
  void errorsCarryTheirMessageChainAndTextIsEscaped() throws Exception {
    OperatorLogging.install(context, Level.INFO, out);
    Logger log = context.getLogger("io.rset.test");
    log.atError()
        .addKeyValue("revision", "sha256:abc")
        .setCause(new IllegalStateException("apply failed", new RuntimeException("HTTP 500")))
        .log("line1\n\"quoted\"\t\u0001");

    Map<String, Object> entry = json(lines()[0]);
    assertThat(entry)
        .containsEntry("level", "error")
        .containsEntry("msg", "line1\n\"quoted\"\t\u0001")
        .containsEntry("revision", "sha256:abc")
        .containsEntry(
            "error",
            "java.lang.IllegalStateException: apply failed: caused by java.lang.RuntimeException:"
                + " HTTP 500")
        .doesNotContainKey("stacktrace");
  }

  @Test
  void debugLevelAddsStackTracesButNeverLogsHttpBodies() throws Exception {
    OperatorLogging.install(context, Level.TRACE, out);
    context.getLogger("io.rset.test").debug("with trace", new IllegalStateException("boom"));
    context
        .getLogger("io.fabric8.kubernetes.client.http.HttpLoggingInterceptor")
        .trace("-HTTP BODY- {\"data\":{\"password\":\"c2VjcmV0\"}}");

    String[] lines = lines();
    assertThat(lines).hasSize(1);
    assertThat(json(lines[0])).containsKey("stacktrace");
    assertThat(out.toString(StandardCharsets.UTF_8)).doesNotContain("c2VjcmV0");
  }

  @Test
  void levelsAreParsedCaseInsensitively() {
    assertThat(OperatorLogging.parseLevel("DEBUG")).isEqualTo(Level.DEBUG);
    assertThat(OperatorLogging.parseLevel("warn")).isEqualTo(Level.WARN);
  }
}

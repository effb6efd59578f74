package io.rset.operator.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.core.spi.ContextAwareBase;

/**
 * logback's configuration when nothing else configures it (no {@code logback.xml}): logging off, so
 * the CLI's commands print nothing but their own output. {@code rset operator} replaces this with
 * {@link OperatorLogging}. The environment variable {@code RSET_LOG_LEVEL} (or system property
 * {@code rset.log.level}) turns JSON logs to stderr on for any command, e.g. to debug a client.
 */
@ConfiguratorRank(ConfiguratorRank.FALLBACK + 5)
public final class QuietLogConfigurator extends ContextAwareBase implements Configurator {
  @Override
  public ExecutionStatus configure(LoggerContext context) {
    String level = System.getProperty("rset.log.level", System.getenv("RSET_LOG_LEVEL"));
    Level parsed = Level.OFF;
    if (level != null && !level.isBlank()) {
      try {
        parsed = OperatorLogging.parseLevel(level.trim());
      } catch (IllegalArgumentException e) {
        parsed = Level.OFF;
      }
    }
    OperatorLogging.install(context, parsed, System.err);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }
}

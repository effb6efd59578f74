package io.rset.operator.runtime;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import org.slf4j.LoggerFactory;

/**
 * Configures logback for the operator: JSON lines ({@link JsonLogEncoder}) at a chosen level.
 *
 * <p>Loggers that can write whole request or response bodies, and so Secret data, are kept at
 * {@code info} whatever the level: fabric8's HTTP logging interceptor logs bodies at {@code trace}.
 */
public final class OperatorLogging {
  /** Loggers never set below {@code info}: they print request/response bodies when verbose. */
  static final List<String> BODY_LOGGERS =
      List.of("io.fabric8.kubernetes.client.http.HttpLoggingInterceptor");

  /** The levels accepted by {@link #parseLevel}, lowest first. */
  public static final List<String> LEVELS = List.of("trace", "debug", "info", "warn", "error");

  private OperatorLogging() {}

  /**
   * The logback level for a name in {@link #LEVELS} (case-insensitive).
   *
   * @throws IllegalArgumentException naming the accepted levels
   */
  public static Level parseLevel(String name) {
    String n = name == null ? "" : name.toLowerCase(Locale.ROOT);
    if (!LEVELS.contains(n)) {
      throw new IllegalArgumentException(
          "invalid log level \"" + name + "\": must be one of " + String.join(", ", LEVELS));
    }
    return Level.toLevel(n);
  }

  /** Sends every log event at {@code level} or above to {@code out} as JSON lines. */
  public static void configure(Level level, OutputStream out) {
    LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
    install(context, level, out);
  }

  /** Replaces the context's configuration: root at level, JSON lines to out. */
  static void install(LoggerContext context, Level level, OutputStream out) {
    context.reset();
    JsonLogEncoder encoder = new JsonLogEncoder();
    encoder.setContext(context);
    encoder.setStackTraces(level.toInt() <= Level.DEBUG_INT);
    encoder.start();
    OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
    appender.setContext(context);
    appender.setName("json");
    appender.setEncoder(encoder);
    appender.setImmediateFlush(true);
    appender.setOutputStream(out);
    appender.start();
    Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(level);
    root.addAppender(appender);
    for (String name : BODY_LOGGERS) {
      context.getLogger(name).setLevel(level.isGreaterOrEqual(Level.INFO) ? level : Level.INFO);
    }
  }
}

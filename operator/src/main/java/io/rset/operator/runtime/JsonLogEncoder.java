package io.rset.operator.runtime;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.slf4j.event.KeyValuePair;

/**
 * One JSON object per log event and line: {@code level}, {@code ts}, {@code logger}, {@code msg},
 * then {@code kind}, {@code namespace} and {@code name} of the object being reconciled (from the
 * MDC JOSDK fills during a reconcile), the event's key-value pairs, and {@code error}.
 *
 * <p>Only these MDC keys are written, never the whole MDC; a throwable is written as its type and
 * message chain, with no stack trace unless {@link #setStackTraces stack traces} are on.
 */
public final class JsonLogEncoder extends EncoderBase<ILoggingEvent> {
  /** JOSDK's MDC key → the field written. */
  private static final Map<String, String> MDC_FIELDS =
      Map.of(
          "resource.kind", "kind",
          "resource.namespace", "namespace",
          "resource.name", "name");

  private static final String[] MDC_ORDER = {
    "resource.kind", "resource.namespace", "resource.name"
  };

  private boolean stackTraces;

  /** Whether a throwable's stack frames are written (field {@code stacktrace}). */
  public void setStackTraces(boolean stackTraces) {
    this.stackTraces = stackTraces;
  }

  @Override
  public byte[] headerBytes() {
    return null;
  }

  @Override
  public byte[] footerBytes() {
    return null;
  }

  @Override
  public byte[] encode(ILoggingEvent event) {
    StringBuilder b = new StringBuilder(256);
    b.append('{');
    field(b, "level", event.getLevel().toString().toLowerCase(Locale.ROOT), true);
    field(b, "ts", Instant.ofEpochMilli(event.getTimeStamp()).toString(), false);
    field(b, "logger", event.getLoggerName(), false);
    field(b, "msg", event.getFormattedMessage(), false);
    Map<String, String> mdc = event.getMDCPropertyMap();
    if (mdc != null) {
      for (String key : MDC_ORDER) {
        String value = mdc.get(key);
        if (value != null) {
          field(b, MDC_FIELDS.get(key), value, false);
        }
      }
    }
    if (event.getKeyValuePairs() != null) {
      for (KeyValuePair kv : event.getKeyValuePairs()) {
        field(b, kv.key, kv.value == null ? null : String.valueOf(kv.value), false);
      }
    }
    IThrowableProxy error = event.getThrowableProxy();
    if (error != null) {
      field(b, "error", describe(error), false);
      if (stackTraces) {
        field(b, "stacktrace", stackTrace(error), false);
      }
    }
    b.append("}\n");
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** {@code Type: message} for the throwable and each cause, joined by {@code ": caused by "}. */
  static String describe(IThrowableProxy error) {
    StringBuilder b = new StringBuilder();
    int depth = 0;
    for (IThrowableProxy t = error; t != null && depth < 10; t = t.getCause(), depth++) {
      if (depth > 0) {
        b.append(": caused by ");
      }
      b.append(t.getClassName());
      if (t.getMessage() != null) {
        b.append(": ").append(t.getMessage());
      }
    }
    return b.toString();
  }

  private static String stackTrace(IThrowableProxy error) {
    StringBuilder b = new StringBuilder();
    for (var frame : error.getStackTraceElementProxyArray()) {
      b.append(frame.getSTEAsString()).append('\n');
    }
    return b.toString();
  }

  private static void field(StringBuilder b, String key, String value, boolean first) {
    if (!first) {
      b.append(',');
    }
    quote(b, key);
    b.append(':');
    if (value == null) {
      b.append("null");
    } else {
      quote(b, value);
    }
  }

  /** Appends s as a JSON string. */
  static void quote(StringBuilder b, String s) {
    b.append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> b.append("\\\"");
        case '\\' -> b.append("\\\\");
        case '\n' -> b.append("\\n");
        case '\r' -> b.append("\\r");
        case '\t' -> b.append("\\t");
        default -> {
          if (c < 0x20 || c == '\u2028' || c == '\u2029') {
            b.append(String.format("\\u%04x", (int) c));
          } else {
            b.append(c);
          }
        }
      }
    }
    b.append('"');
  }
}

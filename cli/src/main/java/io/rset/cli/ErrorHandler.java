package io.rset.cli;

import io.rset.gotemplate.TemplateException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns any exception thrown by a command into {@code ✗ message} on stderr and exit code 1, never a
 * stack trace (set {@code RSET_DEBUG=1} to get one for a bug report).
 */
final class ErrorHandler implements IExecutionExceptionHandler {
  /** Exit code of a failed command. */
  static final int ERROR = 1;

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parseResult) {
    cl.getErr().println("✗ " + message(e));
    if (System.getenv("RSET_DEBUG") != null) {
      e.printStackTrace(cl.getErr());
    }
    cl.getErr().flush();
    return ERROR;
  }

  /** The text shown for e: its own message for expected failures, the type for bugs. */
  static String message(Throwable e) {
    if (e instanceof CliException
        || e instanceof TemplateException
        || e instanceof io.rset.cluster.ClusterException) {
      return e.getMessage();
    }
    return "internal error: " + describe(e);
  }

  /** The class and message of an unexpected throwable. */
  static String describe(Throwable e) {
    String m = e.getMessage();
    return e.getClass().getName() + (m == null ? "" : ": " + m);
  }
}

package io.rset.cli;

import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.AutoComplete;
import picocli.CommandLine;

/** Entry point of the {@code rset} command line. */
public final class Main {
  private Main() {}

  /** Runs rset with the process's streams and exits with its exit code. */
  public static void main(String[] args) {
    int code = run(System.in, System.out, System.err, args);
    System.exit(code);
  }

  /**
   * Runs rset once with the given streams (UTF-8 regardless of the platform charset) and returns
   * the exit code: 0 success, 1 error, 2 usage error.
   */
  public static int run(InputStream in, OutputStream out, OutputStream err, String... args) {
    PrintWriter outWriter = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    PrintWriter errWriter = new PrintWriter(new OutputStreamWriter(err, StandardCharsets.UTF_8));
    try {
      return commandLine(in, outWriter, errWriter, args).execute(args);
    } catch (StackOverflowError | OutOfMemoryError e) {
      // picocli lets Errors through; they are bugs, but still no stack trace for the user.
      outWriter.flush();
      errWriter.println("✗ " + ErrorHandler.message(e));
      return ErrorHandler.ERROR;
    } finally {
      outWriter.flush();
      errWriter.flush();
    }
  }

  /**
   * Builds the configured command tree with every subcommand: error and usage-error handlers, exit
   * codes, writers and the completion subcommand. Standard input is read through {@code in}.
   */
  public static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err) {
    return configure(
        new CommandLine(new RsetCommand(in)), RsetCommand.SUBCOMMANDS.keySet(), out, err);
  }

  /**
   * The command tree {@code args} need: only the subcommand they name when they name one (each
   * subcommand's model costs start-up time), else all of them (for help, completion and the
   * suggestions picocli makes for an unknown command).
   */
  static CommandLine commandLine(InputStream in, PrintWriter out, PrintWriter err, String... args) {
    String named = subcommandNamed(args);
    java.util.Collection<String> names =
        named != null
            ? java.util.List.of(named)
            : onlyVersion(args) ? java.util.List.of() : RsetCommand.SUBCOMMANDS.keySet();
    return configure(new CommandLine(new RsetCommand(in)), names, out, err);
  }

  /**
   * The root subcommand {@code args} select, or null: the first argument that is no root option.
   */
  static String subcommandNamed(String... args) {
    for (String a : args) {
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        continue;
      }
      return RsetCommand.SUBCOMMANDS.containsKey(a) ? a : null;
    }
    return null;
  }

  private static boolean onlyVersion(String... args) {
    return args.length > 0
        && java.util.Arrays.stream(args).allMatch(a -> a.equals("-V") || a.equals("--version"));
  }

  private static CommandLine configure(
      CommandLine cl, java.util.Collection<String> names, PrintWriter out, PrintWriter err) {
    for (String name : names) {
      cl.addSubcommand(name, RsetCommand.SUBCOMMANDS.get(name));
    }
    if (names.size() > 1) {
      cl.addSubcommand("completion", new AutoComplete.GenerateCompletion());
    }
    cl.setOut(out);
    cl.setErr(err);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    return cl;
  }
}

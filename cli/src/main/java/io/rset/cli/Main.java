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
        new CommandLine(new RsetCommand(in)), RsetCommand.SUBCOMMANDS.keySet(), null, out, err);
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
    String sub = named == null ? null : groupSubcommandNamed(named, args);
    return configure(new CommandLine(new RsetCommand(in)), names, sub, out, err);
  }

  /**
   * The subcommand of group {@code group} that {@code args} select (aliases resolved), or null: the
   * first argument after the group's name that is no help or version option.
   */
  static String groupSubcommandNamed(String group, String... args) {
    java.util.Map<String, Class<?>> subs = RsetCommand.GROUPS.get(group);
    if (subs == null) {
      return null;
    }
    int i = java.util.Arrays.asList(args).indexOf(group);
    for (i = i + 1; i < args.length; i++) {
      String a = args[i];
      if (a.equals("-h") || a.equals("--help") || a.equals("-V") || a.equals("--version")) {
        continue;
      }
      String name = RsetCommand.ALIASES.getOrDefault(group, java.util.Map.of()).getOrDefault(a, a);
      return subs.containsKey(name) ? name : null;
    }
    return null;
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

  /**
   * Registers the root subcommands {@code names}; of a group command, only subcommand {@code sub}
   * when it is not null, else all of them.
   */
  private static CommandLine configure(
      CommandLine cl,
      java.util.Collection<String> names,
      String sub,
      PrintWriter out,
      PrintWriter err) {
    for (String name : names) {
      java.util.Map<String, Class<?>> group = RsetCommand.GROUPS.get(name);
      if (group == null) {
        cl.addSubcommand(name, RsetCommand.SUBCOMMANDS.get(name));
        continue;
      }
      CommandLine g = new CommandLine(RsetCommand.SUBCOMMANDS.get(name));
      for (java.util.Map.Entry<String, Class<?>> e : group.entrySet()) {
        if (sub == null || sub.equals(e.getKey())) {
          g.addSubcommand(e.getKey(), e.getValue());
        }
      }
      cl.addSubcommand(name, g);
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

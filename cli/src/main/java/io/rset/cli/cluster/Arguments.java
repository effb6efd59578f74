package io.rset.cli.cluster;

import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Cobra's argument-count checks with its messages (§6.1), as usage errors. */
final class Arguments {
  private Arguments() {}

  /** The single NAME argument; {@code accepts 1 arg(s), received N} otherwise. */
  static String exactlyOne(CommandSpec spec, List<String> args) {
    if (args.size() != 1) {
      throw new ParameterException(spec.commandLine(), "accepts 1 arg(s), received " + args.size());
    }
    return args.get(0);
  }

  /** The optional NAME argument; {@code accepts at most 1 arg(s), received N} for more. */
  static String atMostOne(CommandSpec spec, List<String> args) {
    if (args.size() > 1) {
      throw new ParameterException(
          spec.commandLine(), "accepts at most 1 arg(s), received " + args.size());
    }
    return args.isEmpty() ? null : args.get(0);
  }
}

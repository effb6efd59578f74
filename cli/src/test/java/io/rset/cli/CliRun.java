package io.rset.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * One run of the rset command line in-process, as a user would run it: exit code, stdout and stderr
 * (UTF-8).
 */
record CliRun(int exitCode, String out, String err) {

  /** Runs rset with args and an empty stdin. */
  static CliRun of(String... args) {
    return withStdin("", args);
  }

  /** Runs rset with args, stdin holding the given text. */
  static CliRun withStdin(String stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code =
        Main.run(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), out, err, args);
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }
}

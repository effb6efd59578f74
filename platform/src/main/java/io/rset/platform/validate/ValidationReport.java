package io.rset.platform.validate;

import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of validating a platform directory.
 *
 * @param dir the directory validated
 * @param findings every finding, in {@link Finding#ORDER}
 * @param objects how many objects the build produced (for the summary)
 */
public record ValidationReport(Path dir, List<Finding> findings, int objects) {
  public ValidationReport {
    findings = findings.stream().sorted(Finding.ORDER).toList();
  }

  /** Number of findings with severity error. */
  public long errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).count();
  }

  /** Number of findings with severity warning. */
  public long warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).count();
  }

  /** 1 when there is an error, else 0 (warnings are errors already when {@code --strict}). */
  public int exitCode() {
    return errors() > 0 ? 1 : 0;
  }
}

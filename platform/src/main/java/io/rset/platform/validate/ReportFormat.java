package io.rset.platform.validate;

import io.rset.core.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The output formats of {@code rset platform validate}. */
public enum ReportFormat {
  /**
   * One block per finding ({@code file:line:col: severity CODE: message}, then the fix), a summary.
   */
  TEXT {
    @Override
    public String render(ValidationReport report, String toolVersion) {
      StringBuilder b = new StringBuilder();
      for (Finding f : report.findings()) {
        String where = f.location();
        b.append(where.isEmpty() ? "" : where + ": ")
            .append(f.severity().label())
            .append(' ')
            .append(f.rule().code())
            .append(": ")
            .append(f.message())
            .append('\n');
        if (!f.fix().isEmpty()) {
          b.append("  fix: ").append(f.fix()).append('\n');
        }
      }
      if (report.findings().isEmpty()) {
        b.append("✔ ")
            .append(report.dir())
            .append(": no findings (")
            .append(report.objects())
            .append(report.objects() == 1 ? " object)\n" : " objects)\n");
      } else {
        b.append(report.errors() > 0 ? "✗ " : "⚠ ")
            .append(report.dir())
            .append(": ")
            .append(count(report.errors(), "error"))
            .append(", ")
            .append(count(report.warnings(), "warning"))
            .append('\n');
      }
      return b.toString();
    }
  },
  /** {@code {dir, objects, errors, warnings, findings: [...]}}, keys in byte order. */
  JSON {
    @Override
    public String render(ValidationReport report, String toolVersion) {
      Map<String, Object> root = new LinkedHashMap<>();
      root.put("dir", report.dir().toString());
      root.put("objects", (long) report.objects());
      root.put("errors", report.errors());
      root.put("warnings", report.warnings());
      List<Object> list = new ArrayList<>();
      for (Finding f : report.findings()) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", f.rule().code());
        m.put("rule", f.rule().id());
        m.put("severity", f.severity().label());
        m.put("file", f.file() == null ? null : f.file().toString());
        m.put("line", (long) f.line());
        m.put("column", (long) f.column());
        m.put("message", f.message());
        m.put("fix", f.fix());
        list.add(m);
      }
      root.put("findings", list);
      return YamlWriter.toRawJson(root) + "\n";
    }
  },
  /** A SARIF 2.1.0 log with one run, every rule described and one result per finding. */
  SARIF {
    @Override
    public String render(ValidationReport report, String toolVersion) {
      return SarifReport.render(report, toolVersion);
    }
  };

  /** The report, ending with a newline. */
  public abstract String render(ValidationReport report, String toolVersion);

  private static String count(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}

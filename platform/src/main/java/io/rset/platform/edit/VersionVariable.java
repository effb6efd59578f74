package io.rset.platform.edit;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the releases of helm-charts.yaml write their chart version: literally, or as a {@code ${var}}
 * that Flux substitutes from versions.env, and then how the variable is named from the chart (or
 * release) name. The naming rule is learned from the existing releases: for each {@code ${var}},
 * the variable is matched against the chart name and the release name, lower or upper case, with
 * every character that cannot be in a variable name turned into {@code _}, and what is left around
 * it becomes a prefix and suffix; the rule most releases follow wins. With no rule to learn it is
 * {@code <chart>_version}.
 */
final class VersionVariable {
  private static final Pattern VAR = Pattern.compile("\\$\\{([_a-zA-Z][_a-zA-Z0-9]*)}");
  private static final Pattern NAME = Pattern.compile("[_a-zA-Z][_a-zA-Z0-9]*");

  /** A naming rule: {@code prefix + normalise(chart or release name) + suffix}. */
  record Rule(boolean fromChart, boolean upper, String prefix, String suffix) {
    static final Rule DEFAULT = new Rule(true, false, "", "_version");

    String apply(String release, String chart) {
      return prefix + normalise(fromChart ? chart : release, upper) + suffix;
    }
  }

  private VersionVariable() {}

  /** The variable a version is written as ({@code ${x}} → {@code x}), or empty. */
  static Optional<String> variableOf(String version) {
    if (version == null) {
      return Optional.empty();
    }
    Matcher m = VAR.matcher(version);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** True when most releases (more than those with literal versions) use a {@code ${var}}. */
  static boolean usedBy(List<Map<String, Object>> inputs) {
    int vars = 0;
    int literal = 0;
    for (Map<String, Object> in : inputs) {
      String v = version(in);
      if (v == null) {
        continue;
      }
      if (variableOf(v).isPresent()) {
        vars++;
      } else {
        literal++;
      }
    }
    return vars > literal;
  }

  /** The naming rule most releases follow, {@link Rule#DEFAULT} when none does. */
  static Rule rule(List<Map<String, Object>> inputs) {
    Tally<Rule> rules = new Tally<>();
    for (Map<String, Object> in : inputs) {
      Optional<String> var = variableOf(version(in));
      String release = ResourceSetDoc.str(in, "name");
      String chart = chart(in) == null ? null : ResourceSetDoc.str(chart(in), "name");
      if (var.isEmpty()) {
        continue;
      }
      for (boolean fromChart : new boolean[] {true, false}) {
        String source = fromChart ? chart : release;
        if (source == null || source.isEmpty()) {
          continue;
        }
        for (boolean upper : new boolean[] {false, true}) {
          String n = normalise(source, upper);
          int at = var.get().indexOf(n);
          if (at >= 0) {
            rules.add(
                new Rule(
                    fromChart,
                    upper,
                    var.get().substring(0, at),
                    var.get().substring(at + n.length())));
          }
        }
      }
    }
    return rules.mostOr(Rule.DEFAULT);
  }

  /** True when {@code name} can be substituted by Flux ({@code [_a-zA-Z][_a-zA-Z0-9]*}). */
  static boolean validName(String name) {
    return NAME.matcher(name).matches();
  }

  static String normalise(String s, boolean upper) {
    StringBuilder b = new StringBuilder(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      b.append(
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ? c : '_');
    }
    return upper ? b.toString().toUpperCase(Locale.ROOT) : b.toString().toLowerCase(Locale.ROOT);
  }

  private static Map<?, ?> chart(Map<String, Object> in) {
    return in.get("chart") instanceof Map<?, ?> m ? m : null;
  }

  private static String version(Map<String, Object> in) {
    Map<?, ?> c = chart(in);
    return c == null ? null : ResourceSetDoc.str(c, "version");
  }
}

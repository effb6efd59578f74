package io.rset.core.platform;

import io.rset.core.model.LabelSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A parsed Kubernetes label selector (k8s.io/apimachinery {@code LabelSelectorAsSelector}): every
 * {@code matchLabels} entry and {@code matchExpressions} requirement must hold; an empty selector
 * matches everything.
 */
record Selector(List<Requirement> requirements) {
  record Requirement(String key, String op, List<String> values) {}

  /**
   * @throws IllegalArgumentException with apimachinery's message for an unknown operator or a wrong
   *     number of values
   */
  static Selector of(LabelSelector ls) {
    List<Requirement> reqs = new ArrayList<>();
    ls.matchLabels().entrySet().stream()
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> reqs.add(new Requirement(e.getKey(), "=", List.of(e.getValue()))));
    for (LabelSelector.Requirement r : ls.matchExpressions()) {
      String op =
          switch (String.valueOf(r.operator())) {
            case "In" -> "in";
            case "NotIn" -> "notin";
            case "Exists" -> "exists";
            case "DoesNotExist" -> "!";
            default ->
                throw new IllegalArgumentException(
                    goQuote(String.valueOf(r.operator()))
                        + " is not a valid label selector operator");
          };
      boolean set = op.equals("in") || op.equals("notin");
      if (set && r.values().isEmpty()) {
        throw new IllegalArgumentException(
            "values: Invalid value: []string(nil): for 'in', 'notin' operators, values set can't"
                + " be empty");
      }
      if (!set && !r.values().isEmpty()) {
        throw new IllegalArgumentException(
            "values: Invalid value: "
                + goStrings(r.values())
                + ": values set must be empty for exists and does not exist");
      }
      reqs.add(new Requirement(r.key(), op, r.values()));
    }
    return new Selector(List.copyOf(reqs));
  }

  boolean matches(Map<String, String> labels) {
    for (Requirement r : requirements) {
      boolean has = labels.containsKey(r.key());
      boolean in = has && r.values().contains(labels.get(r.key()));
      boolean ok =
          switch (r.op()) {
            case "=", "in" -> in;
            case "notin" -> !in;
            case "exists" -> has;
            default -> !has;
          };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  private static String goStrings(List<String> values) {
    StringBuilder b = new StringBuilder("[]string{");
    for (int i = 0; i < values.size(); i++) {
      b.append(i == 0 ? "" : ", ").append(goQuote(values.get(i)));
    }
    return b.append('}').toString();
  }

  private static String goQuote(String s) {
    return io.rset.gotemplate.fmt.GoStrconv.quote(s);
  }
}

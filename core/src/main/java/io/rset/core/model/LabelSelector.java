package io.rset.core.model;

import java.util.List;
import java.util.Map;

/** A Kubernetes label selector; maps and lists never null. */
public record LabelSelector(Map<String, String> matchLabels, List<Requirement> matchExpressions) {
  public LabelSelector {
    matchLabels = matchLabels == null ? Map.of() : Map.copyOf(matchLabels);
    matchExpressions = matchExpressions == null ? List.of() : List.copyOf(matchExpressions);
  }

  /**
   * A {@code matchExpressions} item.
   *
   * @param operator In, NotIn, Exists or DoesNotExist
   */
  public record Requirement(String key, String operator, List<String> values) {
    public Requirement {
      values = values == null ? List.of() : List.copyOf(values);
    }
  }
}

package io.rset.cluster.get;

import io.rset.cluster.ClusterException;
import java.util.Locale;

/** How {@code get} prints: the §6.3 table, or the objects as YAML or JSON. */
public enum OutputFormat {
  TABLE,
  YAML,
  JSON;

  /** Parses {@code table|yaml|json}; anything else is a user error. */
  public static OutputFormat parse(String text) {
    return switch (text.toLowerCase(Locale.ROOT)) {
      case "table" -> TABLE;
      case "yaml" -> YAML;
      case "json" -> JSON;
      default ->
          throw new ClusterException(
              "invalid output format '" + text + "', must be one of: table, yaml, json");
    };
  }
}

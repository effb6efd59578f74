package io.rset.core.inputs;

import java.util.Map;

/**
 * One input set, in input order.
 *
 * @param index 0-based position in the combined input list (for messages)
 * @param values the map bound to {@code inputs}: a mutable {@code LinkedHashMap} with mutable
 *     nested maps and lists (sprig's set/unset mutate it, spec §3.3)
 */
public record InputSet(int index, Map<String, Object> values) {
  /**
   * The set's {@code id} as text (strings as they are, other values in their JSON form), or null
   * when the set has no {@code id} (Flatten over inline inputs without one, spec §2.6).
   */
  public String id() {
    Object id = values.get("id");
    if (id == null) {
      return null;
    }
    return id instanceof String s ? s : String.valueOf(id);
  }
}

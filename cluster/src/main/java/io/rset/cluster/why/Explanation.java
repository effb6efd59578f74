package io.rset.cluster.why;

import java.util.List;
import java.util.Map;

/**
 * The answer of {@code rset why}. For a ready object {@code ready} is true, the chain holds only
 * the object and root, cause, summary and fix are null. Otherwise {@code root} is the object that
 * actually fails (the last link of the chain), {@code condition} the Ready condition of {@code
 * conditionOf} (the last Flux object that reported the failure, usually the root) and {@code
 * events} the newest events of {@code eventsOf}, newest first.
 */
public record Explanation(
    ObjectRef target,
    boolean ready,
    List<Link> chain,
    ObjectRef root,
    Cause cause,
    String summary,
    String fix,
    Map<String, String> details,
    ObjectRef conditionOf,
    Condition condition,
    ObjectRef eventsOf,
    List<EventRecord> events) {

  public Explanation {
    chain = List.copyOf(chain);
    details = details == null ? Map.of() : details;
    events = List.copyOf(events);
  }

  /** The exit code of {@code rset why}: 0 when ready, 1 otherwise. */
  public int exitCode() {
    return ready ? 0 : 1;
  }
}

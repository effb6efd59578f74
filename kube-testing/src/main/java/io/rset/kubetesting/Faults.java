package io.rset.kubetesting;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The fault rules of one mock server; thread-safe. Rules are tried in the order added; the first
 * that fires wins and the rules after it do not see (count) that request.
 */
public final class Faults {
  private final List<FaultRule> rules = new CopyOnWriteArrayList<>();

  /** Adds a rule and returns it (for {@link FaultRule#hits()}). */
  public FaultRule add(FaultRule rule) {
    rules.add(rule);
    return rule;
  }

  /** Removes one rule. */
  public void remove(FaultRule rule) {
    rules.remove(rule);
  }

  /** Removes every rule. */
  public void clear() {
    rules.clear();
  }

  /** The action for this request, or null. */
  FaultRule.Action apply(RecordedCall call) {
    for (FaultRule r : rules) {
      FaultRule.Action a = r.apply(call);
      if (a != null) {
        return a;
      }
    }
    return null;
  }
}

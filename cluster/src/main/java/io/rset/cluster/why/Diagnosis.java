package io.rset.cluster.why;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A cause with its explanation: {@code summary} says what is wrong, {@code fix} what to do, {@code
 * details} the facts behind them (ordered). {@code elsewhere} names the root object when it is not
 * the last Flux object of the chain (the stalled Deployment of a health check).
 */
record Diagnosis(
    Cause cause, String summary, String fix, Map<String, String> details, ObjectRef elsewhere) {

  Diagnosis {
    details = Collections.unmodifiableMap(new LinkedHashMap<>(details));
  }

  static Diagnosis of(Cause cause, String summary, String fix) {
    return new Diagnosis(cause, summary, fix, Map.of(), null);
  }

  Diagnosis with(String key, String value) {
    if (value == null || value.isEmpty()) {
      return this;
    }
    Map<String, String> d = new LinkedHashMap<>(details);
    d.put(key, value);
    return new Diagnosis(cause, summary, fix, d, elsewhere);
  }

  Diagnosis at(ObjectRef root) {
    return new Diagnosis(cause, summary, fix, details, root);
  }
}

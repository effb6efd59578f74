package io.rset.cluster.why;

import io.rset.core.yaml.YamlWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code -o json} form of an {@link Explanation}, for scripts. Schema (keys are printed in byte
 * order; absent values are null):
 *
 * <pre>
 * object, root, conditionOf, eventsOf: {apiVersion, kind, namespace, name}
 * ready: bool
 * chain: [{apiVersion, kind, namespace, name, via, state, ready: condition}]
 * cause: {code, summary}     fix: string     details: {string: string}
 * condition: {type, status, reason, message, observedGeneration, lastTransitionTime}
 * events: [{time, type, reason, message, count, source}]
 * </pre>
 */
public final class ExplanationJson {
  private ExplanationJson() {}

  /** The JSON document, ending with a newline. */
  public static String render(Explanation e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("object", ref(e.target()));
    m.put("ready", e.ready());
    List<Object> chain = new ArrayList<>();
    for (Link l : e.chain()) {
      Map<String, Object> c = ref(l.ref());
      c.put("via", l.via() == null ? null : l.via().json());
      c.put("state", l.state().json());
      c.put("ready", condition(l.ready()));
      chain.add(c);
    }
    m.put("chain", chain);
    m.put("root", e.root() == null ? null : ref(e.root()));
    if (e.cause() == null) {
      m.put("cause", null);
    } else {
      Map<String, Object> cause = new LinkedHashMap<>();
      cause.put("code", e.cause().code());
      cause.put("summary", e.summary());
      m.put("cause", cause);
    }
    m.put("fix", e.fix());
    m.put("details", new LinkedHashMap<String, Object>(e.details()));
    m.put("conditionOf", e.conditionOf() == null ? null : ref(e.conditionOf()));
    m.put("condition", condition(e.condition()));
    m.put("eventsOf", e.eventsOf() == null ? null : ref(e.eventsOf()));
    List<Object> events = new ArrayList<>();
    for (EventRecord ev : e.events()) {
      Map<String, Object> x = new LinkedHashMap<>();
      x.put("time", ev.time());
      x.put("type", ev.type());
      x.put("reason", ev.reason());
      x.put("message", ev.message());
      x.put("count", ev.count());
      x.put("source", ev.source());
      events.add(x);
    }
    m.put("events", events);
    return YamlWriter.toRawJson(m) + "\n";
  }

  private static Map<String, Object> ref(ObjectRef r) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("apiVersion", r.apiVersion());
    m.put("kind", r.kind());
    m.put("namespace", r.namespace());
    m.put("name", r.name());
    return m;
  }

  private static Map<String, Object> condition(Condition c) {
    if (c == null) {
      return null;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("type", c.type());
    m.put("status", c.status());
    m.put("reason", c.reason());
    m.put("message", c.message());
    m.put("observedGeneration", c.observedGeneration());
    m.put("lastTransitionTime", c.lastTransitionTime());
    return m;
  }
}

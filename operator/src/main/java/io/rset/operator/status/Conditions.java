package io.rset.operator.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code status.conditions} list with Flux's condition mechanics (spec §4.2.1): setting a
 * condition stamps {@code observedGeneration}; {@code lastTransitionTime} (UTC, whole seconds)
 * changes only when status, reason or message change; messages over 32768 bytes are cut to 32765
 * bytes plus {@code ...}; the list is kept sorted Stalled, Reconciling, Ready, then the others.
 */
public final class Conditions {
  public static final String READY = "Ready";
  public static final String RECONCILING = "Reconciling";
  public static final String STALLED = "Stalled";
  public static final int MAX_MESSAGE_BYTES = 32768;

  private final List<Map<String, Object>> list;

  /** Works on a copy of {@code existing}. */
  public Conditions(List<Map<String, Object>> existing) {
    list = new ArrayList<>();
    for (Map<String, Object> c : existing) {
      list.add(new LinkedHashMap<>(c));
    }
  }

  /** The conditions, sorted. */
  public List<Map<String, Object>> list() {
    return list;
  }

  public Map<String, Object> get(String type) {
    return list.stream().filter(c -> type.equals(c.get("type"))).findFirst().orElse(null);
  }

  public boolean has(String type) {
    return get(type) != null;
  }

  public boolean isTrue(String type) {
    Map<String, Object> c = get(type);
    return c != null && "True".equals(c.get("status"));
  }

  public boolean isFalse(String type) {
    Map<String, Object> c = get(type);
    return c != null && "False".equals(c.get("status"));
  }

  public String reason(String type) {
    Map<String, Object> c = get(type);
    return c == null ? null : (String) c.get("reason");
  }

  public String message(String type) {
    Map<String, Object> c = get(type);
    return c == null ? null : (String) c.get("message");
  }

  public void set(
      String type, String status, String reason, String message, Long generation, Instant now) {
    String msg = truncate(message);
    Map<String, Object> c = get(type);
    boolean transition =
        c == null
            || !status.equals(c.get("status"))
            || !reason.equals(c.get("reason"))
            || !msg.equals(c.get("message"));
    if (c == null) {
      c = new LinkedHashMap<>();
      list.add(c);
    }
    c.put("type", type);
    c.put("status", status);
    if (generation != null) {
      c.put("observedGeneration", generation);
    }
    if (transition || !c.containsKey("lastTransitionTime")) {
      c.put("lastTransitionTime", now.truncatedTo(ChronoUnit.SECONDS).toString());
    }
    c.put("reason", reason);
    c.put("message", msg);
    sort();
  }

  public void delete(String type) {
    list.removeIf(c -> type.equals(c.get("type")));
  }

  private void sort() {
    list.sort(Comparator.comparingInt(c -> rank((String) c.get("type"))));
  }

  private static int rank(String type) {
    return switch (type == null ? "" : type) {
      case STALLED -> 0;
      case RECONCILING -> 1;
      case READY -> 2;
      default -> 3;
    };
  }

  public static String truncate(String message) {
    byte[] b = message.getBytes(StandardCharsets.UTF_8);
    if (b.length <= MAX_MESSAGE_BYTES) {
      return message;
    }
    int cut = MAX_MESSAGE_BYTES - 3;
    // do not split a UTF-8 sequence
    while (cut > 0 && (b[cut] & 0xC0) == 0x80) {
      cut--;
    }
    return new String(b, 0, cut, StandardCharsets.UTF_8) + "...";
  }
}

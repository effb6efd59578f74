package io.rset.cluster.why;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The terminal form of an {@link Explanation}: the chain on one line, then labelled facts. */
public final class ExplanationText {
  private static final int LABEL = 12;

  private ExplanationText() {}

  /** The text {@code rset why} prints, ending with a newline. */
  public static String render(Explanation e) {
    StringBuilder out = new StringBuilder();
    if (e.ready()) {
      Condition c = e.condition();
      out.append("✔ ").append(e.target()).append(" is ready");
      if (c != null && !c.message().isEmpty()) {
        out.append(": ").append(Diagnoses.firstLine(c.message()));
      }
      return out.append('\n').toString();
    }
    out.append("✗ ").append(e.target()).append(" is not ready\n");
    out.append("  ").append(chain(e.chain())).append("\n\n");
    row(out, "Root cause", e.root().toString());
    if (e.condition() != null) {
      Condition c = e.condition();
      String of = e.conditionOf().equals(e.root()) ? "" : "(" + e.conditionOf() + ") ";
      row(
          out,
          "Condition",
          of + c.headline() + (c.message().isEmpty() ? "" : ": " + c.message().strip()));
    }
    row(out, "Cause", e.summary());
    row(out, "Fix", e.fix());
    if (!e.details().isEmpty()) {
      List<String> lines = new ArrayList<>();
      for (Map.Entry<String, String> d : e.details().entrySet()) {
        lines.add(d.getKey() + ": " + d.getValue());
      }
      row(out, "Details", String.join("\n", lines));
    }
    if (e.events().isEmpty()) {
      row(out, "Events", "none for " + e.eventsOf());
    } else {
      List<String> lines = new ArrayList<>();
      lines.add("of " + e.eventsOf() + ", newest first:");
      for (EventRecord ev : e.events()) {
        lines.add(
            (ev.time().isEmpty() ? "-" : ev.time())
                + "  "
                + ev.type()
                + "  "
                + ev.reason()
                + "  "
                + Diagnoses.firstLine(ev.message())
                + (ev.count() > 1 ? " (×" + ev.count() + ")" : ""));
      }
      row(out, "Events", String.join("\n", lines));
    }
    return out.toString();
  }

  /** {@code A → B → C (root cause)}, with the state of links that are not plainly not ready. */
  static String chain(List<Link> chain) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < chain.size(); i++) {
      Link l = chain.get(i);
      boolean last = i == chain.size() - 1;
      if (i > 0) {
        s.append(" → ");
      }
      s.append(l.ref());
      List<String> notes = new ArrayList<>();
      switch (l.state()) {
        case MISSING -> notes.add("not found");
        case SUSPENDED -> notes.add("suspended");
        case CYCLE -> notes.add("cycle");
        default -> {}
      }
      if (last && l.state() != Link.State.CYCLE) {
        notes.add("root cause");
      }
      if (!notes.isEmpty()) {
        s.append(" (").append(String.join(", ", notes)).append(')');
      }
    }
    return s.toString();
  }

  /** A labelled row; continuation lines are indented under the value. */
  private static void row(StringBuilder out, String label, String value) {
    out.append(label).append(" ".repeat(Math.max(1, LABEL - label.length())));
    String[] lines = value.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      if (i > 0) {
        out.append(" ".repeat(LABEL));
      }
      out.append(lines[i].stripTrailing()).append('\n');
    }
  }
}

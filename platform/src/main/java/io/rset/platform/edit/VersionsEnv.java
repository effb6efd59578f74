package io.rset.platform.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code versions.env} file: {@code name=value} lines with comments (often update-bot hints such
 * as {@code # renovate: datasource=helm depName=cilium}) and blank lines. Adding a variable follows
 * the file: values quoted the way most are, the sorted place when the names are sorted (else the
 * end), a blank line between entries when every entry has one, and a comment above it when most
 * entries have one made from their release's chart and url (see {@link #add}).
 */
final class VersionsEnv {
  private static final Pattern ENTRY = Pattern.compile("([A-Za-z_][A-Za-z0-9_]*)=(.*)");

  /**
   * One variable.
   *
   * @param line 0-based line
   * @param firstLine the first line of the comment block directly above it (or {@code line})
   */
  record Entry(String name, String rawValue, int line, int firstLine) {
    /** The value without surrounding quotes. */
    String value() {
      String v = rawValue.strip();
      if (v.length() >= 2
          && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
        return v.substring(1, v.length() - 1);
      }
      return v;
    }

    char quote() {
      String v = rawValue.strip();
      return v.length() >= 2
              && (v.charAt(0) == '"' || v.charAt(0) == '\'')
              && v.charAt(v.length() - 1) == v.charAt(0)
          ? v.charAt(0)
          : 0;
    }
  }

  private final TextDoc doc;
  private final List<Entry> entries = new ArrayList<>();

  VersionsEnv(TextDoc doc) {
    this.doc = doc;
    int commentStart = -1;
    for (int i = 0; i < doc.lineCount(); i++) {
      String l = doc.line(i);
      if (doc.isBlank(i)) {
        commentStart = -1;
        continue;
      }
      if (doc.isComment(i)) {
        commentStart = commentStart < 0 ? i : commentStart;
        continue;
      }
      Matcher m = ENTRY.matcher(l.strip());
      if (m.matches()) {
        entries.add(new Entry(m.group(1), m.group(2), i, commentStart < 0 ? i : commentStart));
      }
      commentStart = -1;
    }
  }

  TextDoc doc() {
    return doc;
  }

  List<Entry> entries() {
    return entries;
  }

  /** The entry named {@code name}, or null. */
  Entry find(String name) {
    for (Entry e : entries) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    return null;
  }

  /** The comment lines directly above {@code e}. */
  List<String> commentOf(Entry e) {
    List<String> out = new ArrayList<>();
    for (int l = e.firstLine(); l < e.line(); l++) {
      out.add(doc.line(l));
    }
    return out;
  }

  /**
   * The text with {@code name=value} added in the file's style.
   *
   * @param comment lines to put directly above the new entry (may be empty)
   */
  String add(String name, String value, List<String> comment) {
    List<String> lines = new ArrayList<>(comment);
    lines.add(name + "=" + quoted(value));
    boolean separated = separated();
    int at;
    int before = sortedIndex(name);
    if (before >= 0) {
      at = entries.get(before).firstLine();
      if (separated) {
        lines.add("");
      }
    } else if (entries.isEmpty()) {
      at = lastNonBlank() + 1;
      if (at > 0 && separated) {
        lines.add(0, "");
      }
    } else {
      at = entries.get(entries.size() - 1).line() + 1;
      if (separated) {
        lines.add(0, "");
      }
    }
    return Splice.apply(doc.text(), List.of(doc.insertLines(at, lines)));
  }

  /**
   * Asserts that {@code after} holds this file's entries, in order, plus {@code name=value}.
   *
   * @throws EditException when not (a bug: the edit is refused)
   */
  void requireAdded(String after, String name, String value) {
    List<String> expected = new ArrayList<>();
    entries.forEach(e -> expected.add(e.name() + "=" + e.value()));
    List<String> actual = new ArrayList<>();
    boolean found = false;
    for (Entry e : new VersionsEnv(new TextDoc(doc.name(), after)).entries) {
      if (!found && e.name().equals(name) && e.value().equals(value)) {
        found = true;
        continue;
      }
      actual.add(e.name() + "=" + e.value());
    }
    if (!found || !expected.equals(actual)) {
      throw new EditException(
          "internal error: "
              + doc.name()
              + ": the edited file does not read back as the original plus "
              + name
              + "; nothing was written (please report this)");
    }
  }

  private String quoted(String value) {
    int dq = 0;
    int sq = 0;
    for (Entry e : entries) {
      dq += e.quote() == '"' ? 1 : 0;
      sq += e.quote() == '\'' ? 1 : 0;
    }
    int plain = entries.size() - dq - sq;
    if (dq > plain && dq >= sq) {
      return "\"" + value + "\"";
    }
    if (sq > plain) {
      return "'" + value + "'";
    }
    return value;
  }

  /** Every two neighbouring entries have a blank line between them (at least two entries). */
  private boolean separated() {
    if (entries.size() < 2) {
      return false;
    }
    for (int i = 1; i < entries.size(); i++) {
      boolean blank = false;
      for (int l = entries.get(i - 1).line() + 1; l < entries.get(i).firstLine(); l++) {
        blank |= doc.isBlank(l);
      }
      if (!blank) {
        return false;
      }
    }
    return true;
  }

  /**
   * When the names are sorted (at least two entries, ascending), the index of the first entry that
   * sorts after {@code name}, or -1 to append; -1 too when they are not sorted.
   */
  private int sortedIndex(String name) {
    if (entries.size() < 2) {
      return -1;
    }
    for (int i = 1; i < entries.size(); i++) {
      if (entries.get(i - 1).name().compareTo(entries.get(i).name()) > 0) {
        return -1;
      }
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i).name().compareTo(name) > 0) {
        return i;
      }
    }
    return -1;
  }

  private int lastNonBlank() {
    for (int l = doc.lineCount() - 1; l >= 0; l--) {
      if (!doc.isBlank(l)) {
        return l;
      }
    }
    return -1;
  }
}

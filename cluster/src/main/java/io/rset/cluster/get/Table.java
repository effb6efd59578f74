package io.rset.cluster.get;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Flux Operator CLI's borderless table (§6.3): the header uppercased, every cell left-aligned
 * and padded with spaces to its column's width; row cells each followed by a TAB, header cells by a
 * TAB except the last, which is followed by one space. A cell holding several lines makes its row
 * span as many physical lines, the other cells continuing empty.
 */
public final class Table {
  private final List<String> header;
  private final List<List<String>> rows = new ArrayList<>();

  public Table(List<String> header) {
    this.header = header.stream().map(h -> h.toUpperCase(Locale.ROOT)).toList();
  }

  /** Adds a row; it must have one cell per header column. */
  public Table add(List<String> row) {
    if (row.size() != header.size()) {
      throw new IllegalArgumentException(
          "row has " + row.size() + " cells, header " + header.size());
    }
    rows.add(List.copyOf(row));
    return this;
  }

  /** The rendered table, every line ending with a newline. */
  public String render() {
    int[] widths = new int[header.size()];
    measure(header, widths);
    rows.forEach(r -> measure(r, widths));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < header.size(); i++) {
      pad(out, header.get(i), widths[i]);
      out.append(i == header.size() - 1 ? " " : "\t");
    }
    out.append('\n');
    for (List<String> row : rows) {
      List<String[]> cells = row.stream().map(Table::lines).toList();
      int height = cells.stream().mapToInt(c -> c.length).max().orElse(1);
      for (int line = 0; line < height; line++) {
        for (int i = 0; i < cells.size(); i++) {
          String[] cell = cells.get(i);
          pad(out, line < cell.length ? cell[line] : "", widths[i]);
          out.append('\t');
        }
        out.append('\n');
      }
    }
    return out.toString();
  }

  private static void measure(List<String> row, int[] widths) {
    for (int i = 0; i < row.size(); i++) {
      for (String line : lines(row.get(i))) {
        widths[i] = Math.max(widths[i], width(line));
      }
    }
  }

  private static String[] lines(String cell) {
    return cell.split("\n", -1);
  }

  private static int width(String s) {
    return s.codePointCount(0, s.length());
  }

  private static void pad(StringBuilder out, String s, int width) {
    out.append(s);
    for (int i = width(s); i < width; i++) {
      out.append(' ');
    }
  }
}

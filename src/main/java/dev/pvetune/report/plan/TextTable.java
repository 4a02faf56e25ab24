package dev.pvetune.report.plan;

import java.util.ArrayList;
import java.util.List;

/** A plain-text table: columns sized to their content, numbers right-aligned. */
final class TextTable {
  private final List<String> headers;
  private final boolean[] rightAligned;
  private final List<List<String>> rows = new ArrayList<>();

  TextTable(List<String> headers, boolean... rightAligned) {
    this.headers = List.copyOf(headers);
    this.rightAligned = rightAligned.clone();
  }

  TextTable row(String... cells) {
    if (cells.length != headers.size()) {
      throw new IllegalArgumentException("expected " + headers.size() + " cells, got " + cells.length);
    }
    rows.add(List.of(cells));
    return this;
  }

  void render(StringBuilder out, String indent) {
    int[] widths = new int[headers.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> r : rows) {
        widths[i] = Math.max(widths[i], r.get(i).length());
      }
    }
    if (headers.stream().anyMatch(h -> !h.isBlank())) {
      line(out, indent, headers, widths);
    }
    for (List<String> r : rows) {
      line(out, indent, r, widths);
    }
  }

  private void line(StringBuilder out, String indent, List<String> cells, int[] widths) {
    StringBuilder sb = new StringBuilder(indent);
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append("  ");
      }
      boolean right = i < rightAligned.length && rightAligned[i];
      sb.append(right ? Fmt.padLeft(cells.get(i), widths[i]) : Fmt.pad(cells.get(i), widths[i]));
    }
    out.append(sb.toString().stripTrailing()).append('\n');
  }
}

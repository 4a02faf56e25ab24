package dev.pvetune.parse.zfs;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads {@code zfs list -Hp -t snapshot -o name,used,referenced,creation} (bundle id {@code
 * zfs-snapshots}) and its fallback without {@code -p}. Fields are split on TAB only: dataset and
 * snapshot names may contain spaces.
 */
public final class SnapshotListParser {
  private SnapshotListParser() {}

  public static Parsed<List<Snapshot>> parse(String text, String file) {
    return parse(text, file, ZoneOffset.UTC);
  }

  /** @param zone the host's zone, for the human {@code creation} form only */
  public static Parsed<List<Snapshot>> parse(String text, String file, ZoneId zone) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Snapshot> snapshots = new ArrayList<>();
    int firstBad = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      String problem = null;
      if (fields.length != 4) {
        problem = "expected 4 TAB-separated fields (name, used, referenced, creation), found "
            + fields.length;
      } else if (fields[0].indexOf('@') <= 0 || fields[0].endsWith("@")) {
        problem = "'" + fields[0] + "' is not a snapshot name (dataset@snap)";
      }
      if (problem != null) {
        diagnostics.add(new Diagnostic(file, number, problem + "; line skipped"));
        firstBad = firstBad == 0 ? number : firstBad;
        continue;
      }
      String name = fields[0];
      int at = name.indexOf('@');
      Optional<Quantity> used = quantity(fields[1], "used", file, number, diagnostics);
      Optional<Quantity> referenced = quantity(fields[2], "referenced", file, number, diagnostics);
      Optional<Instant> creation = creation(fields[3], zone);
      if (creation.isEmpty()) {
        diagnostics.add(
            new Diagnostic(file, number, "unreadable creation time '" + fields[3] + "'"));
      }
      snapshots.add(
          new Snapshot(
              name, name.substring(0, at), name.substring(at + 1), used, referenced, creation,
              number));
    }
    if (snapshots.isEmpty() && firstBad > 0) {
      throw new ParseException(
          file, firstBad, "not `zfs list -H -t snapshot -o name,used,referenced,creation` output");
    }
    return new Parsed<>(List.copyOf(snapshots), diagnostics);
  }

  private static Optional<Quantity> quantity(
      String text, String column, String file, int line, List<Diagnostic> diagnostics) {
    Optional<Quantity> q = Quantity.parse(text);
    if (q.isEmpty() && !text.equals("-")) {
      diagnostics.add(new Diagnostic(file, line, column + " is not a size: '" + text + "'"));
    }
    return q;
  }

  private static Optional<Instant> creation(String text, ZoneId zone) {
    if (text.matches("\\d{1,12}")) {
      return Optional.of(Instant.ofEpochSecond(Long.parseLong(text)));
    }
    return ZfsTime.zfsDate(text, zone);
  }
}

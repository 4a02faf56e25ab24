package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * Reads {@code pvesr status}: a header {@code JobID [Enabled] Target LastSync NextSync Duration
 * FailCount State}, then one row per job. Every column but the last is one word; State is the rest
 * of the line (an error message may contain spaces).
 */
public final class PvesrStatusParser {
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd_HH:mm:ss");

  private PvesrStatusParser() {}

  /**
   * @throws ParseException if the output has no {@code JobID} header
   */
  public static Parsed<List<PvesrJobStatus>> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    int header = 0;
    while (header < lines.size() && lines.get(header).isBlank()) {
      header++;
    }
    if (header == lines.size() || !lines.get(header).strip().startsWith("JobID")) {
      throw new ParseException(
          file,
          header < lines.size() ? header + 1 : 0,
          "no 'JobID ...' header (expected 'pvesr status' output)");
    }
    boolean withEnabled = List.of(lines.get(header).strip().split("\\s+")).contains("Enabled");
    int columns = withEnabled ? 8 : 7;
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<PvesrJobStatus> rows = new ArrayList<>();
    for (int i = header + 1; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      int no = i + 1;
      String[] f = line.split("\\s+", columns);
      if (f.length < columns - 1 || !f[0].matches("\\d{1,9}-\\d{1,9}")) {
        diagnostics.add(new Diagnostic(file, no, "not a pvesr status row; ignored"));
        continue;
      }
      int c = 1;
      Optional<Boolean> enabled = Optional.empty();
      if (withEnabled) {
        enabled = PveText.parseBoolean(f[c]);
        if (enabled.isEmpty()) {
          diagnostics.add(new Diagnostic(file, no, "Enabled '" + f[c] + "' is not Yes or No"));
        }
        c++;
      }
      String target = f[c++];
      Optional<LocalDateTime> lastSync = time(f[c++], file, no, "LastSync", diagnostics);
      String next = f[c++];
      boolean pending = next.equals("pending");
      Optional<LocalDateTime> nextSync =
          pending ? Optional.empty() : time(next, file, no, "NextSync", diagnostics);
      String durationText = f[c++];
      OptionalDouble duration = OptionalDouble.empty();
      if (durationText.matches("\\d+(?:\\.\\d+)?")) {
        duration = OptionalDouble.of(Double.parseDouble(durationText));
      } else if (!durationText.equals("-")) {
        diagnostics.add(
            new Diagnostic(file, no, "Duration '" + durationText + "' is not a number"));
      }
      String failText = f[c++];
      int failCount = 0;
      if (failText.matches("\\d{1,9}")) {
        failCount = Integer.parseInt(failText);
      } else {
        diagnostics.add(new Diagnostic(file, no, "FailCount '" + failText + "' is not a number"));
      }
      String state = c < f.length ? f[c] : "";
      rows.add(
          new PvesrJobStatus(
              f[0], enabled, target, lastSync, nextSync, pending, duration, failCount, state, no));
    }
    return new Parsed<>(List.copyOf(rows), diagnostics);
  }

  private static Optional<LocalDateTime> time(
      String text, String file, int no, String column, List<Diagnostic> diagnostics) {
    if (text.equals("-")) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDateTime.parse(text, TIME));
    } catch (DateTimeParseException e) {
      diagnostics.add(
          new Diagnostic(file, no, column + " '" + text + "' is not a YYYY-MM-DD_HH:MM:SS time"));
      return Optional.empty();
    }
  }
}

package dev.pvetune.parse.host;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads {@code systemctl list-timers --all --no-pager --no-legend} (bundle id {@code timers}).
 * Columns NEXT LEFT LAST PASSED UNIT ACTIVATES are padded with a variable number of spaces and
 * themselves contain spaces, so the row is read left to right by shape: a timestamp ({@code Mon
 * 2024-08-12 00:00:00 CEST}) or {@code n/a}/{@code -}; a span ending in {@code left}; a
 * timestamp; a span ending in {@code ago}; then the two unit names.
 */
public final class SystemdTimersParser {
  private SystemdTimersParser() {}

  private static final Pattern WEEKDAY = Pattern.compile("[A-Z][a-z]{2}");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern TIME = Pattern.compile("\\d{2}:\\d{2}:\\d{2}");
  private static final Pattern ZONE = Pattern.compile("[A-Za-z][A-Za-z0-9+\\-/_]*");

  public static Parsed<List<SystemdTimer>> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<SystemdTimer> timers = new ArrayList<>();
    int bad = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int number = i + 1;
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("NEXT ") || line.matches("\\d+ timers? listed\\..*")) {
        continue;
      }
      Row row = new Row(line.split("\\s+"));
      Optional<String> next = row.timestamp();
      Optional<String> left = row.span("left");
      Optional<String> last = row.timestamp();
      Optional<String> passed = row.span("ago");
      List<String> units = row.rest();
      if (row.failed || units.isEmpty() || units.size() > 2 || !units.get(0).contains(".")) {
        diagnostics.add(
            new Diagnostic(file, number, "not a list-timers row (NEXT LEFT LAST PASSED UNIT"
                + " ACTIVATES): '" + line + "'; skipped"));
        bad = bad == 0 ? number : bad;
        continue;
      }
      Optional<String> activates =
          units.size() == 2 ? Optional.of(units.get(1)) : Optional.empty();
      timers.add(new SystemdTimer(next, left, last, passed, units.get(0), activates, number));
    }
    if (timers.isEmpty() && bad > 0) {
      throw new ParseException(file, bad, "not `systemctl list-timers --no-legend` output");
    }
    return new Parsed<>(List.copyOf(timers), diagnostics);
  }

  /** Consumes the words of one row. */
  private static final class Row {
    private final String[] words;
    private int at;
    boolean failed;

    Row(String[] words) {
      this.words = words;
    }

    private boolean empty() {
      return at < words.length && (words[at].equals("n/a") || words[at].equals("-"));
    }

    Optional<String> timestamp() {
      if (failed || at >= words.length) {
        failed = true;
        return Optional.empty();
      }
      if (empty()) {
        at++;
        return Optional.empty();
      }
      if (at + 2 < words.length
          && WEEKDAY.matcher(words[at]).matches()
          && DATE.matcher(words[at + 1]).matches()
          && TIME.matcher(words[at + 2]).matches()) {
        int end = at + 3;
        if (end + 2 < words.length && !words[end].equals("n/a")
            && ZONE.matcher(words[end]).matches()) {
          end++;
        }
        String value = String.join(" ", Arrays.copyOfRange(words, at, end));
        at = end;
        return Optional.of(value);
      }
      failed = true;
      return Optional.empty();
    }

    Optional<String> span(String lastWord) {
      if (failed || at >= words.length) {
        failed = true;
        return Optional.empty();
      }
      if (empty()) {
        at++;
        return Optional.empty();
      }
      for (int end = at; end < words.length; end++) {
        if (words[end].equals(lastWord)) {
          String value = String.join(" ", Arrays.copyOfRange(words, at, end + 1));
          at = end + 1;
          return Optional.of(value);
        }
        // systemd 256 and later print LEFT without the word "left": the span ends where the
        // LAST timestamp (or its "-"/"n/a") begins.
        boolean timestampFollows = end > at && end + 1 < words.length
            && WEEKDAY.matcher(words[end]).matches() && DATE.matcher(words[end + 1]).matches();
        boolean emptyFollows = end > at && (words[end].equals("-") || words[end].equals("n/a"));
        if (timestampFollows || emptyFollows) {
          String value = String.join(" ", Arrays.copyOfRange(words, at, end));
          at = end;
          return Optional.of(value);
        }
      }
      failed = true;
      return Optional.empty();
    }

    List<String> rest() {
      return failed ? List.of() : List.of(Arrays.copyOfRange(words, at, words.length));
    }
  }
}

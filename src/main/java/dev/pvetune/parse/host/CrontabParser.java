package dev.pvetune.parse.host;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads crontabs. System crontabs ({@code /etc/crontab}, {@code /etc/cron.d/*}, such as Debian's
 * {@code zfsutils-linux}) have a user column after the schedule; a user's crontab ({@code
 * /var/spool/cron/crontabs/root}) has none.
 */
public final class CrontabParser {
  private CrontabParser() {}

  private static final Set<String> SPECIALS =
      Set.of("@reboot", "@yearly", "@annually", "@monthly", "@weekly", "@daily", "@midnight",
          "@hourly");
  private static final Pattern ENVIRONMENT =
      Pattern.compile("\\s*([A-Za-z_][A-Za-z0-9_]*)\\s*=\\s*(.*)");
  private static final String TIME_ITEM =
      "(?:\\*|\\d{1,2}(?:-\\d{1,2})?|[A-Za-z]{3}(?:-[A-Za-z]{3})?)(?:/\\d{1,2})?";
  private static final Pattern TIME_FIELD =
      Pattern.compile(TIME_ITEM + "(?:," + TIME_ITEM + ")*");

  /** {@code /etc/crontab} and {@code /etc/cron.d/*}: with a user column. */
  public static Parsed<CronTab> parseSystem(String text, String file) {
    return parse(text, file, true);
  }

  /** A user's crontab ({@code crontab -e}): no user column. */
  public static Parsed<CronTab> parseUser(String text, String file) {
    return parse(text, file, false);
  }

  private static Parsed<CronTab> parse(String text, String file, boolean system) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, String> environment = new LinkedHashMap<>();
    List<CronEntry> entries = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      int number = i + 1;
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      Matcher env = ENVIRONMENT.matcher(line);
      if (env.matches() && !Character.isDigit(line.charAt(0))) {
        environment.put(env.group(1), unquote(env.group(2).strip()));
        continue;
      }
      String[] words = line.split("\\s+");
      boolean special = SPECIALS.contains(words[0]);
      if (!special && words[0].startsWith("@")) {
        diagnostics.add(new Diagnostic(file, number, "unknown schedule '" + words[0]
            + "'; ignored"));
        continue;
      }
      int timeCount = special ? 1 : 5;
      int needed = timeCount + (system ? 1 : 0) + 1;
      if (words.length < needed) {
        diagnostics.add(
            new Diagnostic(file, number, "cron line has " + words.length + " fields, needs "
                + needed + (system ? " (schedule, user, command)" : " (schedule, command)")
                + "; ignored"));
        continue;
      }
      List<String> time = new ArrayList<>();
      boolean badField = false;
      for (int w = 0; w < (special ? 0 : 5); w++) {
        if (!TIME_FIELD.matcher(words[w]).matches()) {
          badField = true;
        }
        time.add(words[w]);
      }
      if (badField) {
        diagnostics.add(new Diagnostic(file, number, "invalid time field in '"
            + String.join(" ", time) + "'; ignored"));
        continue;
      }
      Optional<String> user = system ? Optional.of(words[timeCount]) : Optional.empty();
      String command = rest(line, timeCount + (system ? 1 : 0));
      entries.add(
          new CronEntry(
              special ? Optional.of(words[0]) : Optional.empty(), time, user, command, number));
    }
    return new Parsed<>(new CronTab(environment, entries), diagnostics);
  }

  /** The line after its first {@code skip} blank-separated words, spacing kept. */
  private static String rest(String line, int skip) {
    int i = 0;
    for (int w = 0; w < skip; w++) {
      while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
        i++;
      }
      while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
        i++;
      }
    }
    return line.substring(i);
  }

  private static String unquote(String value) {
    if (value.length() >= 2
        && ((value.startsWith("\"") && value.endsWith("\""))
            || (value.startsWith("'") && value.endsWith("'")))) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }
}

package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the legacy {@code /etc/pve/vzdump.cron} (PVE ≤ 7.0; {@code /etc/cron.d/vzdump} links to it,
 * so cron runs every line). Each line running {@code vzdump} becomes a {@link BackupJob}.
 */
public final class VzdumpCronParser {
  private static final Pattern COMMENT = Pattern.compile("#.*", Pattern.DOTALL);
  private static final Pattern BLANK = Pattern.compile("\\s*");
  private static final Pattern ENVIRONMENT =
      Pattern.compile("[A-Za-z_][A-Za-z0-9_]*\\s*=.*", Pattern.DOTALL);
  private static final Pattern CRON_LINE =
      Pattern.compile("(\\S+\\s+\\S+\\s+\\S+\\s+\\S+\\s+\\S+)\\s+(\\S+)\\s+(.*)", Pattern.DOTALL);
  private static final Pattern SPECIAL_LINE =
      Pattern.compile("(@[a-z]+)\\s+(\\S+)\\s+(.*)", Pattern.DOTALL);
  private static final Pattern VZDUMP =
      Pattern.compile("(/\\S+/)?(#)?vzdump(?:\\s+(.*))?", Pattern.DOTALL);

  /** The only line shape Proxmox's own reader accepts ({@code parse_vzdump_cron_config}). */
  private static final Pattern PVE_SHAPE = Pattern.compile("\\d+\\s+\\d+\\s+\\*\\s+\\*\\s+(\\S+)");

  private static final Pattern DAY_OF_WEEK =
      Pattern.compile(
          "(?i)(?:(?:mon|tue|wed|thu|fri|sat|sun)(?:-(?:mon|tue|wed|thu|fri|sat|sun))?|[0-7])");

  private VzdumpCronParser() {}

  public static Parsed<List<BackupJob>> parse(String text, String file) {
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<BackupJob> jobs = new ArrayList<>();
    List<String> lines = Lines.of(text);
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int no = i + 1;
      if (line.indexOf(PveText.REPLACEMENT) >= 0) {
        diagnostics.add(
            new Diagnostic(
                file, no, "the line contains bytes that are not valid UTF-8 (shown as U+FFFD)"));
      }
      if (COMMENT.matcher(line).matches()
          || BLANK.matcher(line).matches()
          || ENVIRONMENT.matcher(line).matches()) {
        continue;
      }
      Matcher cron = CRON_LINE.matcher(line);
      if (!cron.matches()) {
        cron = SPECIAL_LINE.matcher(line);
      }
      if (!cron.matches()) {
        diagnostics.add(new Diagnostic(file, no, "not a cron line; cron and Proxmox ignore it"));
        continue;
      }
      String when = cron.group(1).trim().replaceAll("\\s+", " ");
      String user = cron.group(2);
      Matcher vzdump = VZDUMP.matcher(cron.group(3).strip());
      if (!vzdump.matches()) {
        diagnostics.add(new Diagnostic(file, no, "the command is not vzdump; the line is ignored"));
        continue;
      }
      if (!user.equals("root") || !isProxmoxShape(when)) {
        diagnostics.add(
            new Diagnostic(
                file,
                no,
                "Proxmox's backup job list does not show this line (it reads only"
                    + " 'M H * * DOW root vzdump ...'); cron still runs it"));
      }
      job(
              file,
              no,
              when,
              vzdump.group(2) == null,
              Optional.ofNullable(vzdump.group(3)).orElse(""),
              diagnostics)
          .ifPresent(jobs::add);
    }
    return new Parsed<>(List.copyOf(jobs), diagnostics);
  }

  private static boolean isProxmoxShape(String when) {
    Matcher m = PVE_SHAPE.matcher(when);
    if (!m.matches()) {
      return false;
    }
    if (m.group(1).equals("*")) {
      return true;
    }
    for (String day : PveText.splitList(m.group(1))) {
      if (!DAY_OF_WEEK.matcher(day).matches()) {
        return false;
      }
    }
    return true;
  }

  private static Optional<BackupJob> job(
      String file,
      int no,
      String when,
      boolean enabled,
      String arguments,
      List<Diagnostic> diagnostics) {
    String id = "vzdump.cron:" + no;
    Optional<List<String>> words = ShellWords.split(arguments);
    if (words.isEmpty()) {
      diagnostics.add(
          new Diagnostic(
              file, no, "unterminated quote in the vzdump arguments; the line is ignored"));
      return Optional.empty();
    }
    Map<String, SectionEntry> options = new LinkedHashMap<>();
    List<String> excludePaths = new ArrayList<>();
    List<String> guests = new ArrayList<>();
    List<String> tokens = words.get();
    for (int i = 0; i < tokens.size(); i++) {
      String token = tokens.get(i);
      if (!token.startsWith("-") || token.equals("-") || token.equals("--")) {
        guests.add(token);
        continue;
      }
      String name = token.replaceFirst("^--?", "");
      Optional<String> value = Optional.empty();
      int eq = name.indexOf('=');
      if (eq >= 0) {
        value = Optional.of(name.substring(eq + 1));
        name = name.substring(0, eq);
      } else if (i + 1 < tokens.size() && !tokens.get(i + 1).startsWith("--")) {
        value = Optional.of(tokens.get(++i));
      }
      if (name.equals("exclude-path")) {
        value.ifPresent(excludePaths::add);
        options.putIfAbsent(name, new SectionEntry(name, value, no));
      } else if (name.equals("vmid")) {
        value.ifPresent(guests::add);
      } else {
        SectionEntry previous = options.put(name, new SectionEntry(name, value, no));
        if (previous != null) {
          diagnostics.add(
              new Diagnostic(
                  file,
                  no,
                  "backup job '" + id + "': --" + name + " is given twice; the last wins"));
        }
      }
    }
    if (!guests.isEmpty()) {
      options.put("vmid", new SectionEntry("vmid", Optional.of(String.join(",", guests)), no));
    }
    return Optional.of(
        BackupJobOptions.build(
            id,
            BackupJobSource.VZDUMP_CRON,
            no,
            when,
            enabled,
            options,
            excludePaths,
            file,
            diagnostics));
  }
}

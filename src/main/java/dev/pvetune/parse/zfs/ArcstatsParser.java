package dev.pvetune.parse.zfs;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code /proc/spl/kstat/zfs/arcstats}: a kstat header ({@code kid type flags ndata
 * data_size crtime snaptime}), the column line {@code name type data}, then one {@code name type
 * value} row per statistic ({@code spl-kstat.c}).
 */
public final class ArcstatsParser {
  private ArcstatsParser() {}

  private static final Pattern KSTAT_HEADER =
      Pattern.compile("\\d+ \\d+ 0x[0-9a-fA-F]+ \\d+ \\d+ \\d+ \\d+");
  private static final Pattern COLUMNS = Pattern.compile("name\\s+type\\s+data");
  private static final Pattern ROW = Pattern.compile("(\\S+)\\s+(\\d+)\\s+(\\S+)");

  public static Parsed<Arcstats> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    int i = 0;
    while (i < lines.size() && lines.get(i).isBlank()) {
      i++;
    }
    if (i >= lines.size()) {
      throw new ParseException(file, 0, "empty file; the ZFS module may not be loaded");
    }
    if (KSTAT_HEADER.matcher(lines.get(i).strip()).matches()) {
      i++;
    }
    if (i >= lines.size() || !COLUMNS.matcher(lines.get(i).strip()).matches()) {
      throw new ParseException(
          file, Math.min(i, lines.size() - 1) + 1,
          "not a kstat file (no 'name type data' line); expected /proc/spl/kstat/zfs/arcstats");
    }
    Map<String, ArcStat> stats = new LinkedHashMap<>();
    for (i = i + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      Matcher m = ROW.matcher(line.strip());
      if (!m.matches()) {
        diagnostics.add(
            new Diagnostic(file, number, "expected 'name type value', got '" + line.strip() + "'"));
        continue;
      }
      String name = m.group(1);
      int type = Integer.parseInt(m.group(2));
      String value = m.group(3);
      try {
        long parsed;
        switch (type) {
          case 1:
          case 3:
          case 5:
            parsed = Long.parseLong(value);
            break;
          case 2:
          case 4:
          case 6:
            if (value.startsWith("-")) {
              throw new NumberFormatException();
            }
            parsed = Long.parseUnsignedLong(value);
            if (parsed < 0) {
              diagnostics.add(
                  new Diagnostic(file, number, name + " = " + value + " exceeds 2^63-1; skipped"));
              continue;
            }
            break;
          default:
            diagnostics.add(
                new Diagnostic(file, number, name + " has non-numeric kstat type " + type
                    + "; skipped"));
            continue;
        }
        stats.put(name, new ArcStat(name, type, parsed, number));
      } catch (NumberFormatException e) {
        diagnostics.add(
            new Diagnostic(file, number, name + " has non-numeric value '" + value + "'; skipped"));
      }
    }
    return new Parsed<>(new Arcstats(stats), diagnostics);
  }
}

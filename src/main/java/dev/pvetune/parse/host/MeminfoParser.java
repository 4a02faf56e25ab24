package dev.pvetune.parse.host;

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

/** Reads {@code /proc/meminfo}: {@code Name:  value [kB]} per line, any set of names. */
public final class MeminfoParser {
  private MeminfoParser() {}

  private static final Pattern LINE = Pattern.compile("(\\S+):\\s+(\\d{1,18})(\\s+kB)?");

  public static Parsed<Meminfo> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, MeminfoEntry> entries = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.isEmpty()) {
        continue;
      }
      Matcher m = LINE.matcher(line);
      if (!m.matches()) {
        diagnostics.add(new Diagnostic(file, i + 1, "expected 'Name: value [kB]', got '" + line
            + "'; skipped"));
        continue;
      }
      entries.put(
          m.group(1),
          new MeminfoEntry(m.group(1), Long.parseLong(m.group(2)), m.group(3) != null, i + 1));
    }
    if (entries.isEmpty()) {
      throw new ParseException(
          file, diagnostics.isEmpty() ? 0 : diagnostics.get(0).line(),
          "not /proc/meminfo (no 'Name: value kB' line)");
    }
    if (!entries.containsKey("MemTotal")) {
      diagnostics.add(new Diagnostic(file, 0, "no MemTotal line"));
    }
    return new Parsed<>(new Meminfo(entries), diagnostics);
  }
}

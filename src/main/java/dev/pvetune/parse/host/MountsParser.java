package dev.pvetune.parse.host;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code /proc/mounts}: {@code device mountpoint fstype options dump pass}, separated by
 * single spaces, with spaces, tabs, newlines and backslashes in names octal-escaped ({@code
 * \040}).
 */
public final class MountsParser {
  private MountsParser() {}

  public static Parsed<List<Mount>> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Mount> mounts = new ArrayList<>();
    int bad = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      String[] fields = line.strip().split("\\s+");
      if (fields.length < 4 || fields.length > 6 || !fields[1].startsWith("/")) {
        diagnostics.add(
            new Diagnostic(file, i + 1, "expected 'device mountpoint fstype options dump pass', "
                + "found " + fields.length + " fields; skipped"));
        bad = bad == 0 ? i + 1 : bad;
        continue;
      }
      mounts.add(
          new Mount(
              Escapes.octal(fields[0]),
              Escapes.octal(fields[1]),
              fields[2],
              List.of(Escapes.octal(fields[3]).split(",")),
              i + 1));
    }
    if (mounts.isEmpty() && bad > 0) {
      throw new ParseException(file, bad, "not /proc/mounts");
    }
    return new Parsed<>(List.copyOf(mounts), diagnostics);
  }
}

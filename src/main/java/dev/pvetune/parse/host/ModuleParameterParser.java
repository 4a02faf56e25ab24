package dev.pvetune.parse.host;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads one {@code /sys/module/zfs/parameters/<name>} file: a single value and a newline. The
 * parameter name is the last component of the bundle file name.
 */
public final class ModuleParameterParser {
  private ModuleParameterParser() {}

  public static Parsed<ModuleParameter> parse(String text, String file) {
    String name = file.substring(file.lastIndexOf('/') + 1);
    List<String> lines = Lines.of(text);
    if (lines.isEmpty() || lines.get(0).isBlank()) {
      throw new ParseException(file, 1, "empty parameter file");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    for (int i = 1; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        diagnostics.add(new Diagnostic(file, i + 1, "extra line after the value ignored"));
        break;
      }
    }
    return new Parsed<>(new ModuleParameter(name, lines.get(0).strip(), 1), diagnostics);
  }
}

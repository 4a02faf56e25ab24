package dev.pvetune.parse.zfs;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Reads the four-column TAB table that {@code zprop_print_one_property} prints for {@code zfs
 * get -H} and {@code zpool get -H}: {@code name TAB property TAB value TAB source}.
 *
 * <p>Split on TAB only: names and the {@code inherited from <ds>} source contain spaces. A value
 * may itself contain a TAB (user properties accept any text), so everything between the second
 * and the last TAB is the value.
 */
final class PropertyRows {
  private PropertyRows() {}

  record Row(String object, String property, String value, PropertySource source, int line) {}

  static List<Row> read(String text, String file, String command, List<Diagnostic> diagnostics) {
    List<String> lines = Lines.of(text);
    List<Row> rows = new ArrayList<>();
    int firstBad = 0;
    String firstProblem = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      String problem;
      String[] fields = line.split("\t", -1);
      if (fields.length < 4) {
        problem =
            "expected 4 TAB-separated fields (name, property, value, source), found "
                + fields.length
                + "; line skipped";
      } else if (fields[0].isEmpty() || fields[1].isEmpty()) {
        problem = "empty name or property field; line skipped";
      } else {
        String sourceText = fields[fields.length - 1];
        Optional<PropertySource> source = PropertySource.parse(sourceText);
        if (source.isEmpty()) {
          problem = "unknown SOURCE '" + sourceText + "'; line skipped";
        } else {
          String value = String.join("\t", Arrays.asList(fields).subList(2, fields.length - 1));
          rows.add(new Row(fields[0], fields[1], value, source.get(), number));
          continue;
        }
      }
      diagnostics.add(new Diagnostic(file, number, problem));
      if (firstProblem == null) {
        firstBad = number;
        firstProblem = problem;
      }
    }
    if (rows.isEmpty() && firstProblem != null) {
      throw new ParseException(
          file,
          firstBad,
          "not `" + command + "` output (no line has the form name<TAB>property<TAB>value<TAB>"
              + "source); collect it again with the collector");
    }
    return rows;
  }
}

package dev.pvetune.parse.host;

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
 * Reads {@code zed.rc}, a shell fragment that ZED sources: {@code NAME=value} assignments
 * (optionally {@code export}ed), comments, and the shipped defaults left commented out.
 */
public final class ZedRcParser {
  private ZedRcParser() {}

  private static final Pattern ASSIGNMENT =
      Pattern.compile("\\s*(?:export\\s+)?([A-Za-z_][A-Za-z0-9_]*)=(.*)");
  private static final Pattern COMMENTED =
      Pattern.compile("\\s*#\\s*(?:export\\s+)?([A-Z_][A-Z0-9_]*)=(.*)");

  public static Parsed<ZedRc> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    Map<String, ZedVariable> variables = new LinkedHashMap<>();
    Map<String, ZedVariable> commented = new LinkedHashMap<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      int number = i + 1;
      if (line.isBlank()) {
        continue;
      }
      Matcher m = COMMENTED.matcher(line);
      if (m.matches()) {
        ShellWords.assignmentValue(m.group(2).strip())
            .ifPresent(v -> commented.put(m.group(1), new ZedVariable(m.group(1), v, number)));
        continue;
      }
      if (line.strip().startsWith("#")) {
        continue;
      }
      Matcher a = ASSIGNMENT.matcher(line);
      if (!a.matches()) {
        diagnostics.add(
            new Diagnostic(file, number, "not a variable assignment: '" + line.strip()
                + "'; ignored"));
        continue;
      }
      Optional<String> value = ShellWords.assignmentValue(a.group(2));
      if (value.isEmpty()) {
        diagnostics.add(
            new Diagnostic(file, number, "unclosed quote in the value of " + a.group(1)
                + "; ignored"));
        continue;
      }
      variables.remove(a.group(1));
      variables.put(a.group(1), new ZedVariable(a.group(1), value.get(), number));
    }
    return new Parsed<>(new ZedRc(variables, commented), diagnostics);
  }
}

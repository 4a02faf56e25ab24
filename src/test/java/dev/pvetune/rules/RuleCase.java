package dev.pvetune.rules;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One fixture case: a directory under cases/<RULE-ID>/<name>/ with an {@code expect} file and an
 * optional {@code overlay/} tree of bundle entries that replace or add to the healthy base.
 *
 * <p>The expect file has one directive a line ({@code #} starts a comment):
 *
 * <pre>
 * fires RULE-ID RESOURCE [SEVERITY]   the rule reports this resource (at that severity)
 * quiet RULE-ID [RESOURCE]            no finding of the rule (on that resource)
 * not-evaluated RULE-ID [RESOURCE]    the rule is skipped (for that resource)
 * remove BUNDLE-PATH                  drop an entry (a file becomes "missing" in the manifest)
 * exit COMMAND-ID STATUS              the command's exit status in the manifest
 * command COMMAND-ID STATUS ARGV...   a command the base did not run (a second pool's zdb-config-1):
 *                                     adds its manifest record; its output is cmd/COMMAND-ID.out
 * edit BUNDLE-PATH                    then lines "- OLD" (must exist) and "+ NEW"; \t is a TAB
 * </pre>
 */
record RuleCase(String rule, String name, Path dir, List<Expectation> expectations, List<Edit> edits) {

  enum Kind { FIRES, QUIET, NOT_EVALUATED }

  record Expectation(Kind kind, String rule, String resource, String severity, int line) {}

  sealed interface Edit {
    record Remove(String path) implements Edit {}

    record Exit(String command, int status) implements Edit {}

    record Command(String id, int status, List<String> argv) implements Edit {}

    record Lines(String path, List<String[]> replacements) implements Edit {}
  }

  static RuleCase load(Path dir) throws IOException {
    String rule = dir.getParent().getFileName().toString();
    List<Expectation> expectations = new ArrayList<>();
    List<Edit> edits = new ArrayList<>();
    List<String> lines = Files.readAllLines(dir.resolve("expect"), StandardCharsets.UTF_8);
    Edit.Lines open = null;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String where = dir.resolve("expect") + ":" + (i + 1);
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("- ") || line.startsWith("+ ")) {
        if (open == null) {
          throw new IllegalStateException(where + ": '-'/'+' line outside an edit");
        }
        open.replacements().add(new String[] {line.substring(0, 1), unescape(line.substring(2))});
        continue;
      }
      open = null;
      String[] w = line.trim().split("\\s+");
      switch (w[0]) {
        case "fires" -> expectations.add(new Expectation(Kind.FIRES, w[1], w[2], w.length > 3 ? w[3] : null, i + 1));
        case "quiet" -> expectations.add(new Expectation(Kind.QUIET, w[1], w.length > 2 ? w[2] : null, null, i + 1));
        case "not-evaluated" -> expectations.add(new Expectation(Kind.NOT_EVALUATED, w[1], w.length > 2 ? w[2] : null, null, i + 1));
        case "remove" -> edits.add(new Edit.Remove(w[1]));
        case "exit" -> edits.add(new Edit.Exit(w[1], Integer.parseInt(w[2])));
        case "command" -> edits.add(new Edit.Command(w[1], Integer.parseInt(w[2]), List.of(w).subList(3, w.length)));
        case "edit" -> {
          open = new Edit.Lines(line.trim().substring(5).trim(), new ArrayList<>());
          edits.add(open);
        }
        default -> throw new IllegalStateException(where + ": unknown directive " + w[0]);
      }
    }
    return new RuleCase(rule, dir.getFileName().toString(), dir, expectations, edits);
  }

  private static String unescape(String s) {
    return s.replace("\\t", "\t");
  }
}

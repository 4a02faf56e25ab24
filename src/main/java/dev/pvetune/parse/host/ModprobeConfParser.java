package dev.pvetune.parse.host;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Reads one {@code /etc/modprobe.d/*.conf} file the way kmod does: a line ending in a backslash
 * continues on the next one (backslash and newline removed, nothing inserted); a line is a
 * comment only when {@code #} is its first character; {@code options <module> <params>} sets
 * parameters, split on blanks outside double quotes like the kernel's {@code next_arg}. A {@code
 * #} later on an options line is not a comment: it is passed to the module and reported here;
 * an indented {@code #} line is not a comment either, modprobe rejects it as a bad line.
 */
public final class ModprobeConfParser {
  private ModprobeConfParser() {}

  private static final Set<String> OTHER_COMMANDS =
      Set.of("alias", "blacklist", "install", "remove", "softdep", "weakdep", "include",
          "config");

  public static Parsed<ModprobeConf> parse(String text, String file) {
    List<String> physical = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<ModuleOption> options = new ArrayList<>();
    int i = 0;
    while (i < physical.size()) {
      int first = i + 1;
      StringBuilder logical = new StringBuilder(physical.get(i));
      while (logical.length() > 0 && logical.charAt(logical.length() - 1) == '\\'
          && i + 1 < physical.size()) {
        logical.setLength(logical.length() - 1);
        i++;
        logical.append(physical.get(i));
      }
      i++;
      String line = logical.toString();
      if (line.isEmpty() || line.charAt(0) == '#') {
        continue;
      }
      String[] words = line.strip().split("[ \t]+", 3);
      if (words[0].isEmpty()) {
        continue;
      }
      if (words[0].equals("options")) {
        if (words.length < 3) {
          diagnostics.add(
              new Diagnostic(file, first, "options line without module or parameters ignored"));
          continue;
        }
        readOptions(ModprobeConf.normalise(words[1]), words[2], file, first, options, diagnostics);
      } else if (words[0].startsWith("#")) {
        diagnostics.add(
            new Diagnostic(file, first, "an indented '#' is not a comment for modprobe; it"
                + " ignores the line as a bad line"));
      } else if (!OTHER_COMMANDS.contains(words[0])) {
        diagnostics.add(
            new Diagnostic(file, first, "modprobe ignores this line (unknown command '"
                + words[0] + "')"));
      }
    }
    return new Parsed<>(new ModprobeConf(file, options), diagnostics);
  }

  private static void readOptions(
      String module,
      String params,
      String file,
      int line,
      List<ModuleOption> options,
      List<Diagnostic> diagnostics) {
    for (String token : split(params)) {
      if (token.startsWith("#")) {
        diagnostics.add(
            new Diagnostic(file, line, "'" + token + "' on an options line is not a comment;"
                + " modprobe passes it to " + module + " as a parameter"));
      }
      int eq = token.indexOf('=');
      String name = eq < 0 ? token : token.substring(0, eq);
      Optional<String> value = eq < 0 ? Optional.empty() : Optional.of(token.substring(eq + 1));
      if (name.isEmpty()) {
        diagnostics.add(new Diagnostic(file, line, "parameter without a name: '" + token + "'"));
        continue;
      }
      options.add(new ModuleOption(module, name, value, file, line));
    }
  }

  /** Blank-separated words; double quotes group and are removed. */
  private static List<String> split(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    boolean quoted = false;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
        inWord = true;
      } else if ((c == ' ' || c == '\t') && !quoted) {
        if (inWord) {
          words.add(word.toString());
          word.setLength(0);
          inWord = false;
        }
      } else {
        word.append(c);
        inWord = true;
      }
    }
    if (inWord) {
      words.add(word.toString());
    }
    return words;
  }
}

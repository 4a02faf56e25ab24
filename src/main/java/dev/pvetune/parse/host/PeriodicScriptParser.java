package dev.pvetune.parse.host;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import dev.pvetune.parse.host.PeriodicScriptPolicy.Action;
import dev.pvetune.parse.host.PeriodicScriptPolicy.NvmeCheck;
import dev.pvetune.parse.host.PeriodicScriptPolicy.Operation;
import dev.pvetune.parse.host.PeriodicScriptPolicy.PropertyScope;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the policy of Debian's {@code /usr/lib/zfs-linux/trim} (or {@code scrub}) script from
 * its text, so the audit follows the script actually installed rather than an assumption.
 *
 * <p>Understood shapes: the unconditional loop over ONLINE pools (zfs-linux before 2.0.3-9);
 * the property-driven loop with a {@code case "${ret}" in ... esac} (trim) or an {@code if [
 * "x" = "${ret}" ] ... elif ...} chain (scrub, and derived scripts). Shell functions are
 * resolved: a branch that calls a function which runs {@code zpool trim} runs the operation; a
 * branch that also calls a function that tests for {@code nvme} runs it only on NVMe-only pools.
 */
public final class PeriodicScriptParser {
  private PeriodicScriptParser() {}

  private static final Pattern FUNCTION =
      Pattern.compile("(?m)^[ \\t]*([A-Za-z_][A-Za-z0-9_]*)[ \\t]*\\(\\)[ \\t]*\\{");
  private static final Pattern PROPERTY_NAME =
      Pattern.compile("(?m)^[ \\t]*PROPERTY_NAME=[\"']?([^\"'\\s]+)[\"']?");
  private static final Pattern INLINE_PROPERTY =
      Pattern.compile("\\b(zfs|zpool) get\\b[^\\n]*?[\"']?([a-z0-9.\\-]+:[a-z0-9_.\\-]+)");
  private static final Pattern CASE =
      Pattern.compile("(?s)\\bcase\\s+\"?\\$\\{?(\\w+)\\}?\"?\\s+in\\b(.*?)\\besac\\b");
  private static final Pattern ARM =
      Pattern.compile("(?m)^[ \\t]*\\(?([A-Za-z0-9_*.\\-\"'|]+)\\)");
  private static final Pattern IF_BRANCH =
      Pattern.compile("(?s)\\b(if|elif)\\b(.*?)\\bthen\\b(.*?)(?=\\belif\\b|\\belse\\b|\\bfi\\b)");
  /** {@code [ "auto" = "${value}" ]} */
  private static final Pattern COMPARED_LEFT =
      Pattern.compile("\"([^\"$]*)\"\\s*==?\\s*\"\\$\\{?\\w+\\}?\"");
  /** {@code [ "${value}" = "auto" ]} */
  private static final Pattern COMPARED_RIGHT =
      Pattern.compile("\"\\$\\{?\\w+\\}?\"\\s*==?\\s*\"([^\"$]*)\"");
  /** {@code /dev/nvme}, also as an awk regex {@code /^\/dev\/nvme/}. */
  private static final Pattern DEV_NVME = Pattern.compile("dev\\\\?/nvme");
  private static final Pattern ELSE_BRANCH = Pattern.compile("(?s)\\belse\\b(.*?)\\bfi\\b");

  public static Parsed<PeriodicScriptPolicy> parse(String text, String file) {
    if (text.isBlank()) {
      throw new ParseException(file, 0, "empty script");
    }
    boolean trims = text.contains("zpool trim");
    boolean scrubs = text.contains("zpool scrub");
    if (trims == scrubs) {
      throw new ParseException(
          file, 1, "not a Debian periodic ZFS script (expected it to run either zpool trim or"
              + " zpool scrub)");
    }
    Operation operation = trims ? Operation.TRIM : Operation.SCRUB;
    String command = trims ? "zpool trim" : "zpool scrub";
    List<Diagnostic> diagnostics = new ArrayList<>();

    Map<String, String> functions = new LinkedHashMap<>();
    String main = extractFunctions(text, functions);
    Map<String, String> expanded = new LinkedHashMap<>();
    functions.keySet().forEach(f -> expanded.put(f, expand(f, functions, new ArrayList<>())));
    List<String> opFunctions = new ArrayList<>();
    List<String> nvmeFunctions = new ArrayList<>();
    expanded.forEach(
        (name, body) -> {
          if (body.contains(command)) {
            opFunctions.add(name);
          }
          if (body.contains("nvme")) {
            nvmeFunctions.add(name);
          }
        });

    Optional<String> property = Optional.empty();
    Optional<PropertyScope> scope = Optional.empty();
    int line = 1;
    Matcher named = PROPERTY_NAME.matcher(text);
    if (named.find()) {
      property = Optional.of(named.group(1));
      line = lineOf(text, named.start(1));
      scope = scopeOf(text);
    } else {
      Matcher inline = INLINE_PROPERTY.matcher(text);
      if (inline.find()) {
        property = Optional.of(inline.group(2));
        line = lineOf(text, inline.start(2));
        scope = Optional.of(inline.group(1).equals("zfs") ? PropertyScope.DATASET
            : PropertyScope.POOL);
      }
    }

    boolean onlineOnly = main.contains("ONLINE");
    Optional<NvmeCheck> nvmeCheck = Optional.empty();
    String nvmeBodies = String.join("\n", nvmeFunctions.stream().map(expanded::get).toList());
    if (nvmeBodies.contains("TRAN")) {
      nvmeCheck = Optional.of(NvmeCheck.TRANSPORT);
    } else if (DEV_NVME.matcher(nvmeBodies).find()) {
      nvmeCheck = Optional.of(NvmeCheck.DEVICE_PATH);
    }

    if (property.isEmpty()) {
      if (!mentions(main, command, opFunctions)) {
        throw new ParseException(file, 1, "the script never runs " + command + " on a pool");
      }
      return new Parsed<>(
          new PeriodicScriptPolicy(
              operation, property, scope, Map.of(), Action.RUN, onlineOnly, nvmeCheck, line),
          diagnostics);
    }

    Map<String, Action> actions = new LinkedHashMap<>();
    Action other = Action.SKIP;
    Matcher caseBlock = CASE.matcher(main);
    if (caseBlock.find()) {
      String body = caseBlock.group(2);
      List<int[]> arms = new ArrayList<>();
      Matcher arm = ARM.matcher(body);
      while (arm.find()) {
        arms.add(new int[] {arm.start(1), arm.end(1), arm.end()});
      }
      for (int a = 0; a < arms.size(); a++) {
        String patterns = body.substring(arms.get(a)[0], arms.get(a)[1]);
        int end = a + 1 < arms.size() ? arms.get(a + 1)[0] : body.length();
        Action action = classify(body.substring(arms.get(a)[2], end), command, opFunctions,
            nvmeFunctions);
        for (String pattern : patterns.split("\\|")) {
          String value = pattern.replace("\"", "").replace("'", "");
          if (value.equals("*")) {
            other = action;
          } else {
            actions.putIfAbsent(value, action);
          }
        }
      }
    } else {
      Matcher branch = IF_BRANCH.matcher(main);
      boolean found = false;
      while (branch.find()) {
        List<String> values = comparedValues(branch.group(2));
        if (values.isEmpty()) {
          continue;
        }
        found = true;
        Action action = classify(branch.group(3), command, opFunctions, nvmeFunctions);
        values.forEach(v -> actions.putIfAbsent(v, action));
      }
      Matcher otherwise = ELSE_BRANCH.matcher(main);
      if (found && otherwise.find()) {
        other = classify(otherwise.group(1), command, opFunctions, nvmeFunctions);
      }
      if (!found) {
        throw new ParseException(
            file, line, "the script reads " + property.get()
                + " but its decision (case or if on the value) was not recognized");
      }
    }
    if (!actions.containsKey("-")) {
      diagnostics.add(
          new Diagnostic(file, line, "the script has no branch for an unset " + property.get()
              + "; unset pools get the action for other values"));
    }
    return new Parsed<>(
        new PeriodicScriptPolicy(
            operation, property, scope, actions, other, onlineOnly, nvmeCheck, line),
        diagnostics);
  }

  private static Optional<PropertyScope> scopeOf(String text) {
    for (String line : text.split("\n")) {
      if (line.contains("PROPERTY_NAME") && !line.strip().startsWith("PROPERTY_NAME=")) {
        if (line.contains("zfs get")) {
          return Optional.of(PropertyScope.DATASET);
        }
        if (line.contains("zpool get")) {
          return Optional.of(PropertyScope.POOL);
        }
      }
    }
    return Optional.empty();
  }

  private static List<String> comparedValues(String condition) {
    List<String> values = new ArrayList<>();
    Matcher left = COMPARED_LEFT.matcher(condition);
    while (left.find()) {
      values.add(left.group(1));
    }
    Matcher right = COMPARED_RIGHT.matcher(condition);
    while (right.find()) {
      values.add(right.group(1));
    }
    return values;
  }

  private static Action classify(
      String body, String command, List<String> opFunctions, List<String> nvmeFunctions) {
    boolean runs = mentions(body, command, opFunctions);
    boolean nvme = body.contains("nvme") || nvmeFunctions.stream().anyMatch(f -> calls(body, f));
    if (!runs) {
      return Action.SKIP;
    }
    return nvme ? Action.RUN_IF_NVME_ONLY : Action.RUN;
  }

  private static boolean mentions(String body, String command, List<String> functions) {
    return body.contains(command) || functions.stream().anyMatch(f -> calls(body, f));
  }

  private static boolean calls(String body, String function) {
    return Pattern.compile("(?<![A-Za-z0-9_])" + Pattern.quote(function) + "(?![A-Za-z0-9_])")
        .matcher(body)
        .find();
  }

  /** A function's body with the bodies of the functions it calls appended, recursively. */
  private static String expand(String name, Map<String, String> functions, List<String> seen) {
    if (seen.contains(name)) {
      return "";
    }
    seen.add(name);
    StringBuilder all = new StringBuilder(functions.get(name));
    for (String other : functions.keySet()) {
      if (!other.equals(name) && calls(functions.get(name), other)) {
        all.append('\n').append(expand(other, functions, seen));
      }
    }
    return all.toString();
  }

  /** Removes {@code name () { ... }} definitions from the text, collecting their bodies. */
  private static String extractFunctions(String text, Map<String, String> functions) {
    StringBuilder rest = new StringBuilder();
    Matcher m = FUNCTION.matcher(text);
    int copied = 0;
    while (m.find(copied)) {
      int open = m.end() - 1;
      int close = matchingBrace(text, open);
      if (close < 0) {
        break;
      }
      rest.append(text, copied, m.start());
      functions.put(m.group(1), text.substring(open + 1, close));
      copied = close + 1;
    }
    rest.append(text.substring(copied));
    return rest.toString();
  }

  /** The index of the brace closing the one at {@code open}, skipping quoted text. */
  private static int matchingBrace(String text, int open) {
    int depth = 0;
    char quote = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        } else if (c == '\\' && quote == '"') {
          i++;
        }
      } else if (c == '\'' || c == '"') {
        quote = c;
      } else if (c == '#' && (i == 0 || Character.isWhitespace(text.charAt(i - 1)))) {
        int newline = text.indexOf('\n', i);
        i = newline < 0 ? text.length() : newline;
      } else if (c == '{') {
        depth++;
      } else if (c == '}') {
        depth--;
        if (depth == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static int lineOf(String text, int index) {
    int line = 1;
    for (int i = 0; i < index && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }
}

package dev.pvetune.parse.zfs;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text of {@code zpool status [-P] [-p] [-v]} (bundle id {@code zpool-status}, every
 * fallback form), one {@link PoolStatus} per pool block.
 *
 * <p>The config tree follows {@code print_status_config}: after the TAB, two spaces per level;
 * the NAME column is padded to the width of the header, so names (which may contain spaces) are
 * cut at the STATE column of the header line. Class headers ({@code logs special dedup cache
 * spares}) are depth-0 lines without a state. Spares have no counters. Counters printed without
 * {@code -p} ({@code 1.02K}) are read as approximate.
 *
 * <p>Times ({@code on Sun Aug 10 00:27:42 2025}) are the host's local time; pass the host's zone,
 * or use {@link #parse(String, String)}, which treats them as UTC.
 */
public final class ZpoolStatusParser {
  private ZpoolStatusParser() {}

  private static final Pattern POOL = Pattern.compile(" {0,4}pool: (.+)");
  private static final Pattern LABEL = Pattern.compile(" *([a-z][a-z ]*[a-z]): ?(.*)");
  private static final Pattern DATA_ERRORS = Pattern.compile("(\\d+) data errors?(?:,.*)?");
  private static final Pattern WAS = Pattern.compile("(?:^|\\s)was (\\S.*)$");
  private static final List<String> COUNTER_HEADERS = List.of("READ", "WRITE", "CKSUM", "SLOW");

  /** Reads the output treating its times as UTC. */
  public static Parsed<List<PoolStatus>> parse(String text, String file) {
    return parse(text, file, ZoneOffset.UTC);
  }

  /** Reads the output with its times in the given zone (the host's). */
  public static Parsed<List<PoolStatus>> parse(String text, String file, ZoneId zone) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<Integer> starts = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (POOL.matcher(lines.get(i)).matches()) {
        starts.add(i);
      }
    }
    int firstContent = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        firstContent = i;
        break;
      }
    }
    if (starts.isEmpty()) {
      if (firstContent < 0) {
        return new Parsed<>(List.of(), diagnostics);
      }
      throw new ParseException(
          file,
          firstContent + 1,
          "not `zpool status` output (no '  pool: <name>' line); collect it again");
    }
    if (firstContent < starts.get(0)) {
      diagnostics.add(
          new Diagnostic(file, firstContent + 1, "text before the first 'pool:' line ignored"));
    }
    List<PoolStatus> pools = new ArrayList<>();
    for (int b = 0; b < starts.size(); b++) {
      int end = b + 1 < starts.size() ? starts.get(b + 1) : lines.size();
      pools.add(new Block(lines, starts.get(b), end, file, zone, diagnostics).read());
    }
    return new Parsed<>(List.copyOf(pools), diagnostics);
  }

  /** One pool block, from its {@code pool:} line to the next one. */
  private static final class Block {
    private final List<String> lines;
    private final int start;
    private final int end;
    private final String file;
    private final ZoneId zone;
    private final List<Diagnostic> diagnostics;

    private String name;
    private String state;
    private final Map<String, StringBuilder> fields = new LinkedHashMap<>();
    private final List<ScanActivity> scans = new ArrayList<>();
    private Optional<DataErrors> errors = Optional.empty();
    private Node root;
    private final List<Node> classVdevs = new ArrayList<>();

    Block(
        List<String> lines,
        int start,
        int end,
        String file,
        ZoneId zone,
        List<Diagnostic> diagnostics) {
      this.lines = lines;
      this.start = start;
      this.end = end;
      this.file = file;
      this.zone = zone;
      this.diagnostics = diagnostics;
    }

    PoolStatus read() {
      Matcher pool = POOL.matcher(lines.get(start));
      pool.matches();
      name = pool.group(1).strip();
      int i = start + 1;
      StringBuilder lastField = null;
      while (i < end) {
        String line = lines.get(i);
        if (line.isBlank()) {
          i++;
          continue;
        }
        if (line.startsWith("\t")) {
          if (lastField == null) {
            report(i, "continuation line without a field; ignored");
          } else {
            lastField.append(' ').append(line.strip());
          }
          i++;
          continue;
        }
        Matcher label = LABEL.matcher(line);
        if (!label.matches() && lastField != null && line.startsWith("    ")) {
          // remove: prints its second line indented with spaces, not a TAB
          lastField.append(' ').append(line.strip());
          i++;
          continue;
        }
        if (!label.matches()) {
          report(i, "unexpected line '" + line.strip() + "'; ignored");
          lastField = null;
          i++;
          continue;
        }
        String key = label.group(1);
        String value = label.group(2).strip();
        lastField = null;
        switch (key) {
          case "state":
            state = value;
            i++;
            break;
          case "scan":
          case "scrub":
            i = readScan(i, key.equals("scrub"), value);
            break;
          case "config":
            i = readConfig(i + 1);
            break;
          case "errors":
            i = readErrors(i, value);
            break;
          default:
            if (fields.containsKey(key)) {
              report(i, "field '" + key + ":' repeated; the texts are joined");
              lastField = fields.get(key).append(' ').append(value);
            } else {
              lastField = new StringBuilder(value);
              fields.put(key, lastField);
            }
            i++;
        }
      }
      if (state == null) {
        diagnostics.add(new Diagnostic(file, start + 1, "pool '" + name + "' has no 'state:' line"));
      }
      Map<String, String> other = new LinkedHashMap<>();
      fields.forEach(
          (k, v) -> {
            if (!List.of("status", "action", "see").contains(k)) {
              other.put(k, v.toString());
            }
          });
      List<StatusVdev> classes = new ArrayList<>();
      classVdevs.forEach(n -> classes.add(n.build()));
      return new PoolStatus(
          name,
          state == null ? "" : state,
          field("status"),
          field("action"),
          field("see"),
          scans,
          other,
          Optional.ofNullable(root).map(Node::build),
          classes,
          errors,
          start + 1);
    }

    private Optional<String> field(String key) {
      return Optional.ofNullable(fields.get(key)).map(StringBuilder::toString);
    }

    private int readScan(int i, boolean errorScrub, String summary) {
      List<String> continuation = new ArrayList<>();
      int j = i + 1;
      while (j < end && lines.get(j).startsWith("\t")) {
        continuation.add(lines.get(j).substring(1));
        j++;
      }
      ScanLines.parse(errorScrub, summary, continuation, i + 1, zone, file, diagnostics)
          .ifPresent(scans::add);
      return j;
    }

    private int readErrors(int i, String value) {
      int j = i + 1;
      List<String> files = new ArrayList<>();
      Optional<Long> count = Optional.empty();
      if (value.equals("No known data errors")) {
        count = Optional.of(0L);
      } else {
        Matcher m = DATA_ERRORS.matcher(value);
        if (m.matches()) {
          count = Optional.of(Long.parseLong(m.group(1)));
        } else if (value.startsWith("Permanent errors have been detected")) {
          while (j < end && (lines.get(j).isBlank() || lines.get(j).startsWith(" "))) {
            if (!lines.get(j).isBlank()) {
              files.add(lines.get(j).strip());
            }
            j++;
          }
        } else if (!value.startsWith("List of errors unavailable")) {
          report(i, "unrecognized 'errors:' text '" + value + "'");
        }
      }
      errors = Optional.of(new DataErrors(count, files, value, i + 1));
      return j;
    }

    /** Reads from the line after {@code config:} to the blank line that ends the table. */
    private int readConfig(int i) {
      while (i < end && lines.get(i).isBlank()) {
        i++;
      }
      int stateColumn = -1;
      int counters = 3;
      if (i < end && lines.get(i).startsWith("\t") && lines.get(i).strip().startsWith("NAME")) {
        String header = lines.get(i);
        stateColumn = header.indexOf("STATE");
        String[] titles = header.substring(stateColumn).strip().split("\\s+");
        counters = 0;
        for (int t = 1; t < titles.length && COUNTER_HEADERS.contains(titles[t]); t++) {
          counters++;
        }
        i++;
      } else if (i < end && lines.get(i).startsWith("\t")) {
        report(i, "config table without a NAME/STATE header; columns split on spaces");
      }
      VdevClass section = VdevClass.NORMAL;
      List<Node> stack = new ArrayList<>();
      while (i < end && !lines.get(i).isBlank() && lines.get(i).startsWith("\t")) {
        String line = lines.get(i);
        String body = line.substring(1);
        int spaces = leadingSpaces(body);
        String trimmed = body.strip();
        Optional<VdevClass> header = VdevClass.fromStatusHeader(trimmed);
        if (spaces == 0 && header.isPresent()) {
          section = header.get();
          stack.clear();
          stack.add(null);
          i++;
          continue;
        }
        Row row = splitRow(line, stateColumn, i);
        if (row == null) {
          i++;
          continue;
        }
        if (spaces % 2 != 0) {
          report(i, "odd indentation (" + spaces + " spaces); depth rounded down");
        }
        int depth = spaces / 2;
        Node node = readNode(row, section, counters, i);
        attach(node, depth, section, stack, i);
        i++;
      }
      return i;
    }

    private void attach(Node node, int depth, VdevClass section, List<Node> stack, int i) {
      if (depth == 0) {
        if (section != VdevClass.NORMAL) {
          report(i, "vdev '" + node.name + "' at depth 0 under a class header; taken as top-level");
          classVdevs.add(node);
          stack.clear();
          stack.add(null);
          stack.add(node);
          return;
        }
        if (root != null) {
          report(i, "second pool row '" + node.name + "' in the config of '" + name + "'; ignored");
          return;
        }
        node.type = Optional.of("root");
        root = node;
        stack.clear();
        stack.add(node);
        return;
      }
      if (stack.isEmpty()) {
        report(i, "vdev '" + node.name + "' before the pool row; ignored");
        return;
      }
      int parentDepth = Math.min(depth - 1, stack.size() - 1);
      if (parentDepth < depth - 1) {
        report(i, "vdev '" + node.name + "' is indented deeper than its parent; attached to it");
      }
      Node parent = stack.get(parentDepth);
      if (parent == null) {
        classVdevs.add(node);
      } else {
        parent.children.add(node);
      }
      while (stack.size() > parentDepth + 1) {
        stack.remove(stack.size() - 1);
      }
      stack.add(node);
    }

    private Node readNode(Row row, VdevClass section, int counters, int i) {
      Node node = new Node(row.name, section, i + 1);
      node.type = StatusVdev.typeFromName(row.name);
      Tokens tokens = new Tokens(row.rest);
      node.state = tokens.next();
      if (node.state == null) {
        report(i, "vdev '" + row.name + "' has no state");
        node.state = "";
        return node;
      }
      if (section != VdevClass.SPARE) {
        List<Optional<Quantity>> values = new ArrayList<>();
        for (int c = 0; c < counters; c++) {
          String token = tokens.next();
          String title = COUNTER_HEADERS.get(Math.min(c, COUNTER_HEADERS.size() - 1));
          if (token == null) {
            report(i, "vdev '" + row.name + "' has no " + title + " counter (truncated line)");
            values.add(Optional.empty());
            continue;
          }
          Optional<Quantity> value = Quantity.parse(token);
          if (value.isEmpty()) {
            report(i, "vdev '" + row.name + "' has non-numeric " + title + " counter '" + token
                + "'");
          }
          values.add(value);
        }
        node.read = values.size() > 0 ? values.get(0) : Optional.empty();
        node.write = values.size() > 1 ? values.get(1) : Optional.empty();
        node.cksum = values.size() > 2 ? values.get(2) : Optional.empty();
      }
      String note = tokens.rest();
      if (!note.isEmpty()) {
        node.note = Optional.of(note);
        Matcher was = WAS.matcher(note);
        if (was.find()) {
          node.was = Optional.of(was.group(1).strip());
        }
      }
      return node;
    }

    /** Cuts a row into name and the rest, at the header's STATE column when it lines up. */
    private Row splitRow(String line, int stateColumn, int i) {
      if (stateColumn > 2
          && line.length() > stateColumn
          && line.charAt(stateColumn - 1) == ' '
          && line.charAt(stateColumn - 2) == ' '
          && line.charAt(stateColumn) != ' ') {
        String name = line.substring(1, stateColumn - 2).strip();
        if (!name.isEmpty()) {
          return new Row(name, line.substring(stateColumn));
        }
      }
      String body = line.strip();
      int gap = indexOfWhitespace(body);
      if (gap < 0) {
        report(i, "vdev row '" + body + "' has no state column; skipped");
        return null;
      }
      return new Row(body.substring(0, gap), body.substring(gap));
    }

    private void report(int index, String message) {
      diagnostics.add(new Diagnostic(file, index + 1, message));
    }
  }

  private static int leadingSpaces(String text) {
    int n = 0;
    while (n < text.length() && text.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static int indexOfWhitespace(String text) {
    for (int i = 0; i < text.length(); i++) {
      if (Character.isWhitespace(text.charAt(i))) {
        return i;
      }
    }
    return -1;
  }

  private record Row(String name, String rest) {}

  /** Whitespace-separated tokens of a string, with access to the untouched remainder. */
  private static final class Tokens {
    private final String text;
    private int position;

    Tokens(String text) {
      this.text = text;
    }

    String next() {
      while (position < text.length() && Character.isWhitespace(text.charAt(position))) {
        position++;
      }
      if (position >= text.length()) {
        return null;
      }
      int begin = position;
      while (position < text.length() && !Character.isWhitespace(text.charAt(position))) {
        position++;
      }
      return text.substring(begin, position);
    }

    String rest() {
      return text.substring(Math.min(position, text.length())).strip();
    }
  }

  /** Mutable tree node while the table is read. */
  private static final class Node {
    final String name;
    final VdevClass vdevClass;
    final int line;
    Optional<String> type = Optional.empty();
    String state = "";
    Optional<Quantity> read = Optional.empty();
    Optional<Quantity> write = Optional.empty();
    Optional<Quantity> cksum = Optional.empty();
    Optional<String> note = Optional.empty();
    Optional<String> was = Optional.empty();
    final List<Node> children = new ArrayList<>();

    Node(String name, VdevClass vdevClass, int line) {
      this.name = name;
      this.vdevClass = vdevClass;
      this.line = line;
    }

    StatusVdev build() {
      List<StatusVdev> built = new ArrayList<>();
      children.forEach(c -> built.add(c.build()));
      return new StatusVdev(
          name, vdevClass, type, state, read, write, cksum, note, was, Optional.empty(), built,
          line);
    }
  }
}

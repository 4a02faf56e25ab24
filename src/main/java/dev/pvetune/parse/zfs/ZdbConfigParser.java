package dev.pvetune.parse.zfs;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code zdb -C <pool>} (bundle ids {@code zdb-config-<n>}): the nvlist printed by zdb's
 * {@code dump_nvlist}, one pair per line, nested lists indented by four more spaces:
 *
 * <pre>
 * MOS Configuration:
 *         name: 'tank'                    string, single-quoted
 *         pool_guid: 17643633366051522574 number
 *         com.delphix:has_per_vdev_zaps   boolean (name only)
 *         vdev_tree:                      nested list
 *             children[0]:                element of a list array
 * </pre>
 *
 * Names contain {@code :} but never {@code ": "}, so a pair splits at the first {@code ": "}.
 */
public final class ZdbConfigParser {
  private ZdbConfigParser() {}

  private static final Pattern ARRAY_ITEM = Pattern.compile("children\\[(\\d+)\\]");

  public static Parsed<ZdbConfig> parse(String text, String file) {
    List<String> lines = Lines.of(text);
    List<Diagnostic> diagnostics = new ArrayList<>();
    int headerIndex = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      if (!line.startsWith(" ") && line.endsWith(":")) {
        headerIndex = i;
      }
      break;
    }
    if (headerIndex < 0) {
      int first = firstContent(lines);
      throw new ParseException(
          file,
          first < 0 ? 0 : first + 1,
          first < 0
              ? "empty output; zdb could not read the pool configuration"
              : "not `zdb -C` output (no 'MOS Configuration:' header); collect it again");
    }
    Node root = new Node("", headerIndex + 1);
    List<Node> stack = new ArrayList<>();
    List<Integer> indents = new ArrayList<>();
    stack.add(root);
    indents.add(-1);
    for (int i = headerIndex + 1; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.isBlank()) {
        continue;
      }
      int indent = 0;
      while (indent < line.length() && line.charAt(indent) == ' ') {
        indent++;
      }
      if (indent == 0) {
        diagnostics.add(
            new Diagnostic(file, i + 1, "text after the configuration ignored: '" + line + "'"));
        break;
      }
      while (indents.get(indents.size() - 1) >= indent) {
        stack.remove(stack.size() - 1);
        indents.remove(indents.size() - 1);
      }
      Node parent = stack.get(stack.size() - 1);
      String content = line.strip();
      int split = content.indexOf(": ");
      if (split > 0) {
        String value = content.substring(split + 2);
        parent.values.put(content.substring(0, split), unquote(value));
        parent.valueLines.put(content.substring(0, split), i + 1);
      } else if (content.endsWith(":") && content.length() > 1) {
        Node child = new Node(content.substring(0, content.length() - 1), i + 1);
        parent.children.add(child);
        stack.add(child);
        indents.add(indent);
      } else if (content.indexOf(' ') < 0) {
        parent.values.put(content, "true");
        parent.valueLines.put(content, i + 1);
      } else {
        diagnostics.add(new Diagnostic(file, i + 1, "unreadable line '" + content + "'; ignored"));
      }
    }
    Optional<Node> tree = root.child("vdev_tree");
    if (tree.isEmpty()) {
      throw new ParseException(
          file, headerIndex + 1, "zdb configuration has no vdev_tree; collect it again");
    }
    Reader reader = new Reader(file, diagnostics);
    List<ZdbVdev> vdevs = reader.children(tree.get());
    String name = root.values.getOrDefault("name", "");
    if (name.isEmpty()) {
      diagnostics.add(new Diagnostic(file, headerIndex + 1, "configuration has no pool name"));
    }
    ZdbConfig config =
        new ZdbConfig(
            name,
            Optional.ofNullable(root.values.get("pool_guid")),
            vdevs,
            root.values,
            headerIndex + 1);
    return new Parsed<>(config, diagnostics);
  }

  private static int firstContent(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        return i;
      }
    }
    return -1;
  }

  private static String unquote(String value) {
    if (value.length() >= 2 && value.startsWith("'") && value.endsWith("'")) {
      return value.substring(1, value.length() - 1);
    }
    return value;
  }

  /** A nested nvlist while it is read. */
  private static final class Node {
    final String name;
    final int line;
    final Map<String, String> values = new LinkedHashMap<>();
    final Map<String, Integer> valueLines = new LinkedHashMap<>();
    final List<Node> children = new ArrayList<>();

    Node(String name, int line) {
      this.name = name;
      this.line = line;
    }

    Optional<Node> child(String key) {
      return children.stream().filter(c -> c.name.equals(key)).findFirst();
    }
  }

  private static final class Reader {
    private final String file;
    private final List<Diagnostic> diagnostics;

    Reader(String file, List<Diagnostic> diagnostics) {
      this.file = file;
      this.diagnostics = diagnostics;
    }

    List<ZdbVdev> children(Node parent) {
      List<ZdbVdev> vdevs = new ArrayList<>();
      for (Node child : parent.children) {
        Matcher m = ARRAY_ITEM.matcher(child.name);
        if (m.matches()) {
          vdevs.add(vdev(Integer.parseInt(m.group(1)), child));
        }
      }
      return vdevs;
    }

    ZdbVdev vdev(int index, Node node) {
      String type = node.values.getOrDefault("type", "");
      if (type.isEmpty()) {
        diagnostics.add(new Diagnostic(file, node.line, "vdev children[" + index + "] has no type"));
      }
      return new ZdbVdev(
          index,
          number(node, "id"),
          Optional.ofNullable(node.values.get("guid")),
          type,
          small(node, "ashift"),
          small(node, "nparity"),
          number(node, "is_log").orElse(0) == 1,
          Optional.ofNullable(node.values.get("alloc_bias")),
          number(node, "asize"),
          small(node, "draid_ndata"),
          small(node, "draid_nspares"),
          small(node, "draid_ngroups"),
          Optional.ofNullable(node.values.get("path")),
          number(node, "whole_disk").stream().mapToObj(v -> v == 1).findFirst(),
          number(node, "not_present").orElse(0) == 1,
          node.values,
          children(node),
          node.line);
    }

    private OptionalLong number(Node node, String key) {
      String value = node.values.get(key);
      if (value == null) {
        return OptionalLong.empty();
      }
      try {
        return OptionalLong.of(Long.parseLong(value));
      } catch (NumberFormatException e) {
        diagnostics.add(
            new Diagnostic(
                file,
                node.valueLines.get(key),
                "field " + key + " is not a number: '" + value + "'"));
        return OptionalLong.empty();
      }
    }

    private OptionalInt small(Node node, String key) {
      OptionalLong value = number(node, key);
      if (value.isEmpty()) {
        return OptionalInt.empty();
      }
      if (value.getAsLong() < 0 || value.getAsLong() > Integer.MAX_VALUE) {
        diagnostics.add(
            new Diagnostic(
                file, node.valueLines.get(key), "field " + key + " out of range: " + value));
        return OptionalInt.empty();
      }
      return OptionalInt.of((int) value.getAsLong());
    }
  }
}

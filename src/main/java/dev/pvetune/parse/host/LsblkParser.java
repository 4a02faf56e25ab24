package dev.pvetune.parse.host;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.JsonTree;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Reads {@code lsblk -J -b -O} and its fallback {@code lsblk -J -b -o NAME,KNAME,...} (bundle id
 * {@code lsblk}): {@code {"blockdevices": [...]}} with nested {@code children}.
 *
 * <p>util-linux before 2.33 prints every value as a string ({@code "rota": "1"}, {@code "size":
 * "512110190592"}); 2.33 and later print JSON booleans and numbers. Both are accepted; a size
 * printed human-readable (no {@code -b}) is reported and left empty. Old versions pad {@code
 * model} with spaces; values are trimmed.
 */
public final class LsblkParser {
  private LsblkParser() {}

  public static Parsed<List<BlockDevice>> parse(String text, String file) {
    if (text.isBlank()) {
      throw new ParseException(file, 0, "empty output; lsblk gave no devices");
    }
    JsonNode tree;
    try {
      tree = JsonTree.read(text);
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new ParseException(file, line, "not JSON: " + e.getOriginalMessage()
          + " (lsblk older than 2.27 has no -J)");
    }
    if (tree == null || !tree.path("blockdevices").isArray()) {
      throw new ParseException(file, 0, "not `lsblk -J` output: no \"blockdevices\" array");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<BlockDevice> devices = new ArrayList<>();
    for (JsonNode node : tree.path("blockdevices")) {
      device(node, file, diagnostics).ifPresent(devices::add);
    }
    return new Parsed<>(List.copyOf(devices), diagnostics);
  }

  private static Optional<BlockDevice> device(
      JsonNode node, String file, List<Diagnostic> diagnostics) {
    Optional<String> name = text(node, "name");
    if (name.isEmpty()) {
      diagnostics.add(new Diagnostic(file, 0, "block device without a name skipped: " + node));
      return Optional.empty();
    }
    String what = "device '" + name.get() + "' ";
    List<BlockDevice> children = new ArrayList<>();
    for (JsonNode child : node.path("children")) {
      device(child, file, diagnostics).ifPresent(children::add);
    }
    OptionalLong size = number(node, "size", what, file, diagnostics);
    return Optional.of(
        new BlockDevice(
            name.get(),
            text(node, "kname").orElse(name.get()),
            text(node, "path"),
            text(node, "type").orElse(""),
            size,
            bool(node, "rota", what, file, diagnostics),
            text(node, "model"),
            text(node, "serial"),
            text(node, "tran"),
            text(node, "wwn"),
            text(node, "pkname"),
            small(number(node, "phy-sec", what, file, diagnostics)),
            small(number(node, "log-sec", what, file, diagnostics)),
            children));
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull() || value.isContainerNode()) {
      return Optional.empty();
    }
    String text = value.asText().strip();
    return text.isEmpty() ? Optional.empty() : Optional.of(text);
  }

  private static OptionalLong number(
      JsonNode node, String field, String what, String file, List<Diagnostic> diagnostics) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return OptionalLong.empty();
    }
    if (value.isIntegralNumber() && value.canConvertToLong()) {
      return OptionalLong.of(value.asLong());
    }
    if (value.isTextual() && value.asText().strip().matches("\\d{1,18}")) {
      return OptionalLong.of(Long.parseLong(value.asText().strip()));
    }
    diagnostics.add(
        new Diagnostic(file, 0, what + field + " is not a byte count: " + value
            + " (collect with lsblk -b)"));
    return OptionalLong.empty();
  }

  private static OptionalInt small(OptionalLong value) {
    return value.isPresent() && value.getAsLong() <= Integer.MAX_VALUE
        ? OptionalInt.of((int) value.getAsLong())
        : OptionalInt.empty();
  }

  private static Optional<Boolean> bool(
      JsonNode node, String field, String what, String file, List<Diagnostic> diagnostics) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isBoolean()) {
      return Optional.of(value.asBoolean());
    }
    String text = value.asText().strip();
    if (text.equals("1") || text.equals("true")) {
      return Optional.of(true);
    }
    if (text.equals("0") || text.equals("false")) {
      return Optional.of(false);
    }
    diagnostics.add(new Diagnostic(file, 0, what + field + " is not a flag: " + value));
    return Optional.empty();
  }
}

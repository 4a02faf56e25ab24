package dev.pvetune.bundle;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.pvetune.parse.JsonTree;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads and validates manifest.json; every problem is one line naming the field. */
final class ManifestReader {
  private final String where;

  ManifestReader(String where) {
    this.where = where;
  }

  Manifest read(byte[] json) {
    JsonNode root;
    try {
      root = JsonTree.read(new String(json, java.nio.charset.StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      throw new BundleException(where + ":" + line + ": manifest is not valid JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new BundleException(where + ": manifest must be a JSON object");
    }
    if (!Manifest.FORMAT.equals(root.path("format").asText())) {
      throw new BundleException(where + ": not a pvetune bundle (\"format\" is not \"" + Manifest.FORMAT + "\")");
    }
    int version = root.path("version").asInt(-1);
    if (version != Manifest.VERSION) {
      throw new BundleException(where + ": bundle format version " + root.path("version") + " is not supported (this pvetune reads version " + Manifest.VERSION + "); upgrade pvetune");
    }
    String node = text(root, "node");
    if (node.isBlank()) {
      throw new BundleException(where + ": manifest has no \"node\"");
    }
    Instant collectedAt;
    try {
      collectedAt = Instant.parse(text(root, "collectedAt"));
    } catch (DateTimeParseException e) {
      throw new BundleException(where + ": \"collectedAt\" is not an ISO-8601 UTC time: '" + root.path("collectedAt").asText() + "'");
    }
    List<CommandRecord> commands = new ArrayList<>();
    for (JsonNode c : root.path("commands")) {
      String id = text(c, "id");
      if (!id.matches("[A-Za-z0-9][A-Za-z0-9._-]*")) {
        throw new BundleException(where + ": command id '" + EntryName.printable(id) + "' is not a plain name");
      }
      List<String> argv = new ArrayList<>();
      c.path("argv").forEach(a -> argv.add(a.asText()));
      commands.add(new CommandRecord(id, argv, c.path("exit").asInt(-1), c.path("seconds").asDouble(0),
          c.path("stdout").asText("cmd/" + id + ".out"), c.path("stderr").asText("cmd/" + id + ".err")));
    }
    return new Manifest(root.path("collector").asText(""), node, collectedAt, commands,
        strings(root, "files"), strings(root, "missing"), strings(root, "truncated"));
  }

  private static String text(JsonNode node, String field) {
    return node.path(field).asText("");
  }

  private List<String> strings(JsonNode root, String field) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : root.path(field)) {
      String path = n.asText();
      if (!path.startsWith("/")) {
        throw new BundleException(where + ": \"" + field + "\" entry '" + EntryName.printable(path) + "' is not an absolute path");
      }
      EntryName.check(path.substring(1), where);
      out.add(path);
    }
    return out;
  }
}

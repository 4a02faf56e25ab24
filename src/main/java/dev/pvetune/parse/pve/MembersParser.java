package dev.pvetune.parse.pve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code /etc/pve/.members} (pmxcfs {@code cfs_create_memberlist_msg}): {@code nodename} and
 * {@code version}, plus {@code cluster} and {@code nodelist} when the node is in a cluster.
 */
public final class MembersParser {
  private MembersParser() {}

  /**
   * @throws ParseException if the text is not JSON or lacks {@code nodename}
   */
  public static Parsed<ClusterMembers> parse(String text, String file) {
    JsonNode root = Json.read(text, file);
    if (!root.isObject() || !root.path("nodename").isTextual()) {
      throw new ParseException(file, 0, "not a .members file: no \"nodename\"");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    long version = Json.isLong(root.get("version")) ? root.get("version").asLong() : 0;
    if (!Json.isLong(root.get("version"))) {
      diagnostics.add(new Diagnostic(file, 0, "\"version\" is missing or not a number"));
    }
    Optional<ClusterInfo> cluster = Optional.empty();
    JsonNode c = root.get("cluster");
    if (c != null) {
      if (c.isObject()
          && c.path("name").isTextual()
          && Json.isLong(c.get("version"))
          && c.path("nodes").canConvertToInt()
          && c.path("quorate").isIntegralNumber()) {
        cluster =
            Optional.of(
                new ClusterInfo(
                    c.get("name").asText(),
                    c.get("version").asLong(),
                    c.get("nodes").asInt(),
                    c.get("quorate").asInt() != 0));
      } else {
        diagnostics.add(
            new Diagnostic(
                file, 0, "\"cluster\" lacks name, version, nodes or quorate; it is ignored"));
      }
    }
    List<ClusterNode> nodes = new ArrayList<>();
    JsonNode list = root.get("nodelist");
    if (list != null && list.isObject()) {
      for (Map.Entry<String, JsonNode> field : list.properties()) {
        JsonNode n = field.getValue();
        if (!n.isObject()
            || !n.path("id").canConvertToInt()
            || !n.path("online").isIntegralNumber()) {
          diagnostics.add(
              new Diagnostic(
                  file, 0, "node \"" + field.getKey() + "\" lacks id or online; it is ignored"));
          continue;
        }
        Optional<String> ip =
            n.path("ip").isTextual() ? Optional.of(n.get("ip").asText()) : Optional.empty();
        nodes.add(
            new ClusterNode(field.getKey(), n.get("id").asInt(), n.get("online").asInt() != 0, ip));
      }
    } else if (list != null) {
      diagnostics.add(new Diagnostic(file, 0, "\"nodelist\" is not an object; it is ignored"));
    }
    return new Parsed<>(
        new ClusterMembers(root.get("nodename").asText(), version, cluster, nodes), diagnostics);
  }
}

package dev.pvetune.parse.pve;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * Reads {@code pve-replication-state.json} ({@code PVE::ReplicationState}): an object keyed by
 * guest id, then by target id ({@code local/<node>}), holding each job's state.
 */
public final class ReplicationStateParser {
  private ReplicationStateParser() {}

  /**
   * @throws ParseException if the text is not a JSON object (an empty file is an empty state, as
   *     for Proxmox)
   */
  public static Parsed<ReplicationStates> parse(String text, String file) {
    if (text.isBlank()) {
      return Parsed.clean(new ReplicationStates(List.of()));
    }
    JsonNode root = Json.read(text, file);
    if (!root.isObject()) {
      throw new ParseException(file, 0, "not a replication state file: expected a JSON object");
    }
    List<Diagnostic> diagnostics = new ArrayList<>();
    List<ReplicationJobState> states = new ArrayList<>();
    for (Map.Entry<String, JsonNode> guest : root.properties()) {
      if (!guest.getKey().matches("[1-9]\\d{0,8}") || !guest.getValue().isObject()) {
        diagnostics.add(
            new Diagnostic(
                file,
                0,
                "\"" + guest.getKey() + "\" is not a guest id with job states; it is ignored"));
        continue;
      }
      int vmid = Integer.parseInt(guest.getKey());
      for (Map.Entry<String, JsonNode> job : guest.getValue().properties()) {
        String where = guest.getKey() + "/" + job.getKey();
        if (!job.getValue().isObject()) {
          diagnostics.add(
              new Diagnostic(file, 0, "state of " + where + " is not an object; it is ignored"));
          continue;
        }
        states.add(state(vmid, job.getKey(), job.getValue(), where, file, diagnostics));
      }
    }
    return new Parsed<>(new ReplicationStates(states), diagnostics);
  }

  private static ReplicationJobState state(
      int vmid,
      String targetId,
      JsonNode s,
      String where,
      String file,
      List<Diagnostic> diagnostics) {
    List<String> storeIds = new ArrayList<>();
    JsonNode list = s.get("storeid_list");
    if (list != null && list.isArray()) {
      list.forEach(id -> storeIds.add(id.asText()));
    }
    JsonNode duration = s.get("duration");
    return new ReplicationJobState(
        vmid,
        targetId,
        number(s, "last_sync", where, file, diagnostics),
        number(s, "last_try", where, file, diagnostics),
        (int) Math.min(Integer.MAX_VALUE, number(s, "fail_count", where, file, diagnostics)),
        text(s, "error"),
        duration != null && duration.isNumber()
            ? OptionalDouble.of(duration.asDouble())
            : OptionalDouble.empty(),
        text(s, "last_node"),
        storeIds,
        Json.isLong(s.get("pid")) ? OptionalLong.of(s.get("pid").asLong()) : OptionalLong.empty());
  }

  /** A whole-number field; Proxmox reads a missing one as 0. */
  private static long number(
      JsonNode s, String key, String where, String file, List<Diagnostic> diagnostics) {
    JsonNode value = s.get(key);
    if (value == null || value.isNull()) {
      return 0;
    }
    if (Json.isLong(value)) {
      return value.asLong();
    }
    if (value.isTextual() && value.asText().matches("\\d{1,18}")) {
      return Long.parseLong(value.asText());
    }
    diagnostics.add(
        new Diagnostic(
            file, 0, where + ": \"" + key + "\" is not a whole number (" + value + "); read as 0"));
    return 0;
  }

  private static Optional<String> text(JsonNode s, String key) {
    JsonNode value = s.get(key);
    return value != null && value.isTextual() ? Optional.of(value.asText()) : Optional.empty();
  }
}

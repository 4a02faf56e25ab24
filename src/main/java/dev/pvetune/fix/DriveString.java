package dev.pvetune.fix;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Rewrites a disk or mount-point value ({@code local-zfs:vm-100-disk-0,cache=writeback,size=32G})
 * with some options set or removed, keeping the volume and every other part exactly as written.
 * Proxmox property strings have no quoting, so a value with a comma cannot be written at all.
 */
public final class DriveString {
  /** {@code storage:SIZE} or a bare number: qm/pct would allocate a NEW volume, not keep this one. */
  private static final Pattern ALLOCATION = Pattern.compile("(([^/:\\s]+):)?\\d+(\\.\\d+)?");

  private DriveString() {}

  /** The rewritten value, or the reason it cannot be rewritten safely. */
  public static Result rewrite(String current, Map<String, Optional<String>> set) {
    if (current.indexOf('\n') >= 0 || current.indexOf('\r') >= 0) {
      return Result.refused("the current value contains a line break");
    }
    String[] parts = current.split(",", -1);
    String volume = null;
    for (String part : parts) {
      int eq = part.indexOf('=');
      if (eq < 0 && !part.isBlank()) {
        volume = part;
      } else if (eq > 0 && (part.substring(0, eq).equals("file") || part.substring(0, eq).equals("volume"))) {
        volume = part.substring(eq + 1);
      }
    }
    if (volume == null) {
      return Result.refused("the value names no volume");
    }
    if (ALLOCATION.matcher(volume.strip()).matches()) {
      return Result.refused("the volume '" + volume + "' reads as 'storage:size', which would allocate a new disk");
    }
    for (Map.Entry<String, Optional<String>> e : set.entrySet()) {
      if (e.getKey().equals("file") || e.getKey().equals("volume")) {
        return Result.refused("a fix may not change the volume itself");
      }
      if (!e.getKey().matches("[a-z][a-z0-9_-]*")) {
        return Result.refused("'" + e.getKey() + "' is not a drive option name");
      }
      if (e.getValue().isPresent() && !e.getValue().get().matches("[^,=\\s]+")) {
        return Result.refused("the value '" + e.getValue().get() + "' for " + e.getKey() + " cannot be written in a property string");
      }
    }
    Map<String, Optional<String>> pending = new TreeMap<>(set);
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      int eq = part.indexOf('=');
      String key = eq > 0 ? part.substring(0, eq) : null;
      if (key != null && pending.containsKey(key)) {
        pending.remove(key).ifPresent(v -> out.add(key + "=" + v));
      } else if (key != null && set.containsKey(key)) {
        // a repeated key: Proxmox rejects the whole value, so it cannot be in a working config
        return Result.refused("option " + key + " is given twice");
      } else if (!part.isBlank()) {
        out.add(part);
      }
    }
    pending.forEach((key, value) -> value.ifPresent(v -> out.add(key + "=" + v)));
    return Result.ok(String.join(",", out));
  }

  /** A rewritten value, or why there is none. */
  public record Result(Optional<String> value, Optional<String> refusal) {
    static Result ok(String value) {
      return new Result(Optional.of(value), Optional.empty());
    }

    static Result refused(String why) {
      return new Result(Optional.empty(), Optional.of(why));
    }
  }
}

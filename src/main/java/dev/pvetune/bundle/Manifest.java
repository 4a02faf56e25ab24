package dev.pvetune.bundle;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** manifest.json of a bundle (format version 1, see docs/bundle-format.md). */
public record Manifest(
    String collector,
    String node,
    Instant collectedAt,
    List<CommandRecord> commands,
    List<String> files,
    List<String> missing,
    List<String> truncated) {

  public static final String FORMAT = "pvetune-bundle";
  public static final int VERSION = 1;

  public Manifest {
    commands = List.copyOf(commands);
    files = List.copyOf(files);
    missing = List.copyOf(missing);
    truncated = List.copyOf(truncated);
  }

  public Optional<CommandRecord> command(String id) {
    return commands.stream().filter(c -> c.id().equals(id)).findFirst();
  }
}

package dev.pvetune.model;

import java.util.Map;
import java.util.Optional;

/**
 * One disk line of a guest config ({@code scsi0: local-zfs:vm-100-disk-0,discard=on,size=32G}),
 * with its options and resolved backing. {@code raw} is the value as written, for fixes that
 * rewrite the whole line.
 */
public record Disk(String key, Bus bus, DiskKind kind, String volume, Map<String, String> options, String raw, Backing backing, SourceRef source) {
  public Disk {
    options = Map.copyOf(options);
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  public boolean flag(String name) {
    return option(name).map(Disk::isTrue).orElse(false);
  }

  static boolean isTrue(String v) {
    return switch (v.toLowerCase(java.util.Locale.ROOT)) {
      case "1", "on", "yes", "true" -> true;
      default -> false;
    };
  }
}

package dev.pvetune.parse.zfs;

import java.util.Optional;

/** The allocation class a top-level vdev belongs to, as the pool layout shows it. */
public enum VdevClass {
  NORMAL,
  DEDUP,
  SPECIAL,
  LOG,
  CACHE,
  SPARE;

  /** Class header of {@code zpool status}: {@code logs special dedup cache spares}. */
  static Optional<VdevClass> fromStatusHeader(String word) {
    switch (word) {
      case "logs":
        return Optional.of(LOG);
      case "special":
        return Optional.of(SPECIAL);
      case "dedup":
        return Optional.of(DEDUP);
      case "cache":
        return Optional.of(CACHE);
      case "spares":
        return Optional.of(SPARE);
      default:
        return Optional.empty();
    }
  }

  /** Class header of {@code zpool list -v}: {@code dedup special logs cache spare}. */
  static Optional<VdevClass> fromListHeader(String word) {
    switch (word) {
      case "logs":
        return Optional.of(LOG);
      case "special":
        return Optional.of(SPECIAL);
      case "dedup":
        return Optional.of(DEDUP);
      case "cache":
        return Optional.of(CACHE);
      case "spare":
        return Optional.of(SPARE);
      default:
        return Optional.empty();
    }
  }

  /** The {@code class} member of {@code zpool status -j}, and zdb's {@code alloc_bias}. */
  static Optional<VdevClass> fromConfigName(String word) {
    switch (word) {
      case "normal":
        return Optional.of(NORMAL);
      case "log":
        return Optional.of(LOG);
      case "special":
        return Optional.of(SPECIAL);
      case "dedup":
        return Optional.of(DEDUP);
      case "l2cache":
        return Optional.of(CACHE);
      case "spare":
        return Optional.of(SPARE);
      default:
        return Optional.empty();
    }
  }
}

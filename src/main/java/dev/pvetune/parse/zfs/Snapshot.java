package dev.pvetune.parse.zfs;

import java.time.Instant;
import java.util.Optional;

/**
 * One snapshot from {@code zfs list -H -t snapshot -o name,used,referenced,creation}.
 *
 * @param name full name {@code dataset@snap}
 * @param dataset the part before {@code @}
 * @param snapshot the part after {@code @}
 * @param used bytes only this snapshot holds; approximate without {@code -p}
 * @param referenced bytes the snapshot references
 * @param creation epoch seconds with {@code -p}; without it the printed local date, to the
 *     minute, in the zone the parser was given
 */
public record Snapshot(
    String name,
    String dataset,
    String snapshot,
    Optional<Quantity> used,
    Optional<Quantity> referenced,
    Optional<Instant> creation,
    int line) {

  public String pool() {
    return DatasetNames.pool(name);
  }
}

package dev.pvetune.model;

import java.time.Instant;
import java.util.Optional;

/** A snapshot from `zfs list -t snapshot`: name is dataset@snapshot. */
public record ZfsSnapshot(String dataset, String snapshot, long usedBytes, long referencedBytes, Optional<Instant> creation, SourceRef ref) {
  public String fullName() {
    return dataset + "@" + snapshot;
  }
}

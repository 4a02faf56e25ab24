package dev.pvetune.model;

import java.time.Instant;
import java.util.Optional;

/** The last or current scrub/resilver of a pool, from the `scan:` line of `zpool status`. */
public record Scan(Kind kind, State state, Optional<Instant> finishedAt, long errors, long repairedBytes, SourceRef ref) {
  public enum Kind { NONE, SCRUB, RESILVER }

  public enum State { NONE, IN_PROGRESS, FINISHED, CANCELED, PAUSED }
}

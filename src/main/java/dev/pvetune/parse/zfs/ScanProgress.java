package dev.pvetune.parse.zfs;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;

/**
 * Progress lines of a running scan. Text output prints sizes with {@code zfs_nicebytes} even
 * under {@code -p}, so they are approximate; JSON {@code --json-int} gives exact bytes but no
 * rates.
 *
 * @param scanned bytes scanned ({@code 21.4T} in {@code 21.4T / 38.2T scanned})
 * @param toScan total to scan (2.2+ {@code / total}, 0.8-2.1 {@code total}, 0.7 {@code out of})
 * @param issued bytes issued (0.8+)
 * @param toIssue total to issue (2.2+)
 * @param processed bytes repaired or resilvered so far
 * @param percentDone {@code 25.84}
 * @param timeToGo empty with {@code no estimated completion time} or when paused
 */
public record ScanProgress(
    Optional<Quantity> scanned,
    Optional<Quantity> toScan,
    Optional<Quantity> scanRate,
    Optional<Quantity> issued,
    Optional<Quantity> toIssue,
    Optional<Quantity> issueRate,
    Optional<Quantity> processed,
    Optional<BigDecimal> percentDone,
    Optional<Duration> timeToGo) {

  static final ScanProgress EMPTY =
      new ScanProgress(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty());
}

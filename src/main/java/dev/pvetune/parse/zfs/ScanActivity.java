package dev.pvetune.parse.zfs;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One {@code scan:} (or error-scrub {@code scrub:}) report of a pool.
 *
 * @param function scrub, resilver, error scrub, or none ({@code none requested})
 * @param state in progress, paused, finished, canceled
 * @param rebuildVdev for a sequential rebuild ({@code resilvered (draid2-0) ...}) the top-level
 *     vdev it ran on
 * @param started {@code since} / {@code started on} time
 * @param ended {@code on <time>} of a finished or canceled scan
 * @param pausedSince {@code paused since} time
 * @param duration {@code in <duration>} of a finished scan
 * @param processed bytes repaired ({@code scrub repaired 0B}) or resilvered
 * @param errors {@code with N errors}
 * @param errorBlocks error scrub: {@code scrubbed N error blocks} / {@code issued I/O for N}
 * @param progress progress lines of a running or paused scan
 * @param text the report as printed, continuation lines joined with a space
 * @param line line of the {@code scan:} label; 0 for JSON
 */
public record ScanActivity(
    ScanFunction function,
    ScanState state,
    Optional<String> rebuildVdev,
    Optional<Instant> started,
    Optional<Instant> ended,
    Optional<Instant> pausedSince,
    Optional<Duration> duration,
    Optional<Quantity> processed,
    Optional<Long> errors,
    Optional<Long> errorBlocks,
    Optional<ScanProgress> progress,
    String text,
    int line) {}

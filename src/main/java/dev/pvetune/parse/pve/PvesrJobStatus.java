package dev.pvetune.parse.pve;

import java.time.LocalDateTime;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One row of {@code pvesr status}. Times are the node's local time as printed.
 *
 * @param jobId the job id {@code <guest>-<number>}
 * @param enabled the Enabled column (only printed since pve-manager 7.x; empty before)
 * @param target the target id {@code local/<node>}
 * @param lastSync the last successful sync; empty if never
 * @param nextSync the next scheduled run; empty if none or {@code pending}
 * @param nextSyncPending the next run is overdue ({@code pending})
 * @param duration the last run's duration in seconds, if any
 * @param failCount consecutive failures
 * @param state {@code OK}, {@code SYNCING} or the last error message
 * @param line the output line
 */
public record PvesrJobStatus(
    String jobId,
    Optional<Boolean> enabled,
    String target,
    Optional<LocalDateTime> lastSync,
    Optional<LocalDateTime> nextSync,
    boolean nextSyncPending,
    OptionalDouble duration,
    int failCount,
    String state,
    int line) {

  public int guest() {
    return Integer.parseInt(jobId.substring(0, jobId.indexOf('-')));
  }

  /** The target node ({@code pve2} of {@code local/pve2}). */
  public String targetNode() {
    int slash = target.indexOf('/');
    return slash < 0 ? target : target.substring(slash + 1);
  }

  public boolean ok() {
    return state.equals("OK");
  }

  public boolean syncing() {
    return state.equals("SYNCING");
  }
}

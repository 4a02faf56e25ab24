package dev.pvetune.parse.pve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A scheduled vzdump backup job, from jobs.cfg or the legacy vzdump.cron.
 *
 * @param id the job id (jobs.cfg section id; {@code vzdump.cron:<line>} for a cron line)
 * @param source which file defines it (and so the syntax of {@code schedule})
 * @param line the section header or cron line
 * @param schedule a calendar event ({@code sat 02:00}) for jobs.cfg; the five cron time fields
 *     ({@code 0 2 * * 6}) for vzdump.cron
 * @param enabled whether the job runs ({@code enabled 0} in jobs.cfg, {@code #vzdump} in cron)
 * @param mode {@code snapshot}, {@code suspend} or {@code stop}
 * @param modeDefaulted true if no mode is set and {@code snapshot} is vzdump's default
 * @param all whether the job backs up every guest (minus {@code excluded})
 * @param vmids the guests listed explicitly
 * @param excluded the guests excluded from {@code all}
 * @param node the node the job is restricted to, if any
 * @param pool the resource pool whose guests the job backs up, if any
 * @param storage the target storage, if set
 * @param excludePaths the {@code exclude-path} patterns, in order
 * @param comment the decoded comment
 * @param options every accepted option by key (for cron lines, each carries the cron line)
 */
public record BackupJob(
    String id,
    BackupJobSource source,
    int line,
    String schedule,
    boolean enabled,
    String mode,
    boolean modeDefaulted,
    boolean all,
    List<Integer> vmids,
    List<Integer> excluded,
    Optional<String> node,
    Optional<String> pool,
    Optional<String> storage,
    List<String> excludePaths,
    Optional<String> comment,
    Map<String, SectionEntry> options) {

  /** Whether a job backs up a guest. */
  public enum Coverage {
    COVERED,
    NOT_COVERED,
    /** The job selects a pool and the guest's pool membership is not known. */
    UNKNOWN
  }

  /** vzdump's mode when none is set. */
  public static final String DEFAULT_MODE = "snapshot";

  public BackupJob {
    vmids = List.copyOf(vmids);
    excluded = List.copyOf(excluded);
    excludePaths = List.copyOf(excludePaths);
    options = PveText.orderedCopy(options);
  }

  /**
   * Whether this job backs up guest {@code vmid} living on {@code guestNode}, when the guest's pool
   * membership is unknown (pool-based jobs then answer {@link Coverage#UNKNOWN}).
   */
  public Coverage coverage(int vmid, String guestNode) {
    return coverage(vmid, guestNode, Optional.empty(), false);
  }

  /**
   * Whether this job backs up guest {@code vmid} living on {@code guestNode}, given the guest's
   * pool ({@code Optional.empty()} = the guest is in no pool).
   */
  public Coverage coverage(int vmid, String guestNode, Optional<String> guestPool) {
    return coverage(vmid, guestNode, guestPool, true);
  }

  private Coverage coverage(
      int vmid, String guestNode, Optional<String> guestPool, boolean poolKnown) {
    if (!enabled || node.map(n -> !n.equals(guestNode)).orElse(false)) {
      return Coverage.NOT_COVERED;
    }
    if ((all && !excluded.contains(vmid)) || vmids.contains(vmid)) {
      return Coverage.COVERED;
    }
    if (pool.isPresent() && !all) {
      if (!poolKnown) {
        return Coverage.UNKNOWN;
      }
      return guestPool.equals(pool) ? Coverage.COVERED : Coverage.NOT_COVERED;
    }
    return Coverage.NOT_COVERED;
  }
}

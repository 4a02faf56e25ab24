package dev.pvetune.parse.pve;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One storage replication job of {@code /etc/pve/replication.cfg}.
 *
 * @param id the job id {@code <guest>-<jobnum>}, numbers normalised ({@code 0101-00} → {@code
 *     101-0})
 * @param guest the replicated guest
 * @param jobNumber the job number of that guest
 * @param type the job type, lower-cased (only {@code local} exists)
 * @param line the header line
 * @param target the node the guest's volumes are replicated to
 * @param schedule the calendar event; {@code *}{@code /15} when the file has none
 * @param scheduleDefaulted true if the file has no {@code schedule}
 * @param rate the bandwidth limit in MB/s, if set
 * @param disabled {@code disable} is set
 * @param comment the decoded comment
 * @param removeJob {@code local} or {@code full} while the job is being removed
 * @param source the node the guest was on when the job last ran
 * @param options every accepted option line by key, in file order
 */
public record ReplicationJob(
    String id,
    int guest,
    int jobNumber,
    String type,
    int line,
    String target,
    String schedule,
    boolean scheduleDefaulted,
    OptionalDouble rate,
    boolean disabled,
    Optional<String> comment,
    Optional<String> removeJob,
    Optional<String> source,
    Map<String, SectionEntry> options) {

  /** The schedule Proxmox uses when the job has none. */
  public static final String DEFAULT_SCHEDULE = "*/15";

  public ReplicationJob {
    options = PveText.orderedCopy(options);
  }

  /**
   * The key of this job's state in pve-replication-state.json and the Target column of {@code pvesr
   * status}: {@code <type>/<target>}, e.g. {@code local/pve2}.
   */
  public String targetId() {
    return type + "/" + target;
  }
}

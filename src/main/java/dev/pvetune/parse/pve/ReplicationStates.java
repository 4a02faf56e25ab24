package dev.pvetune.parse.pve;

import java.util.List;
import java.util.Optional;

/** {@code /var/lib/pve-manager/pve-replication-state.json}: job states of this node's guests. */
public record ReplicationStates(List<ReplicationJobState> states) {
  public ReplicationStates {
    states = List.copyOf(states);
  }

  /** The state of a job, by guest and target id ({@link ReplicationJob#targetId()}). */
  public Optional<ReplicationJobState> find(int vmid, String targetId) {
    return states.stream()
        .filter(s -> s.vmid() == vmid && s.targetId().equals(targetId))
        .findFirst();
  }

  /** The state of a configured job. */
  public Optional<ReplicationJobState> of(ReplicationJob job) {
    return find(job.guest(), job.targetId());
  }

  /** Jobs whose last attempts failed. */
  public List<ReplicationJobState> failing() {
    return states.stream().filter(s -> s.failCount() > 0).toList();
  }
}

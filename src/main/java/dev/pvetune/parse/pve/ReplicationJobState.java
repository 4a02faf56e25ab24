package dev.pvetune.parse.pve;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * The runtime state of one replication job ({@code pve-replication-state.json}). Times are Unix
 * epoch seconds; 0 means never (Proxmox's own default for a job without state).
 *
 * @param vmid the replicated guest
 * @param targetId the job's target id, {@code local/<node>}
 * @param lastSync start of the last successful sync
 * @param lastTry start of the last attempt
 * @param failCount consecutive failures (0 after a success)
 * @param error the last error message, while failing
 * @param duration the last run's duration in seconds
 * @param lastNode the node that ran the job last
 * @param storeIds the storages the job replicated
 * @param pid the process id while a sync is running
 */
public record ReplicationJobState(
    int vmid,
    String targetId,
    long lastSync,
    long lastTry,
    int failCount,
    Optional<String> error,
    OptionalDouble duration,
    Optional<String> lastNode,
    List<String> storeIds,
    OptionalLong pid) {

  public ReplicationJobState {
    storeIds = List.copyOf(storeIds);
  }

  /** The target node ({@code pve2} of {@code local/pve2}). */
  public String targetNode() {
    int slash = targetId.indexOf('/');
    return slash < 0 ? targetId : targetId.substring(slash + 1);
  }
}

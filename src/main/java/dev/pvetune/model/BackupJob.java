package dev.pvetune.model;

import java.util.Optional;
import java.util.Set;

/** A scheduled vzdump job (jobs.cfg or the legacy vzdump.cron). */
public record BackupJob(
    String id,
    String mode,
    Optional<String> storage,
    boolean all,
    Set<Integer> vmids,
    Set<Integer> excluded,
    Optional<String> node,
    boolean enabled,
    SourceRef ref) {

  public BackupJob {
    vmids = Set.copyOf(vmids);
    excluded = Set.copyOf(excluded);
  }

  public boolean covers(int vmid, String onNode) {
    if (!enabled || node.map(n -> !n.equals(onNode)).orElse(false)) {
      return false;
    }
    return all ? !excluded.contains(vmid) : vmids.contains(vmid);
  }
}

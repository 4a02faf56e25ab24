package dev.pvetune.parse.pve;

import java.util.List;
import java.util.Optional;

/** {@code /etc/pve/replication.cfg}: replication jobs in file order. */
public record ReplicationConfig(List<ReplicationJob> jobs) {
  public ReplicationConfig {
    jobs = List.copyOf(jobs);
  }

  public Optional<ReplicationJob> find(String id) {
    return jobs.stream().filter(j -> j.id().equals(id)).findFirst();
  }

  /** The jobs that replicate one guest. */
  public List<ReplicationJob> forGuest(int guest) {
    return jobs.stream().filter(j -> j.guest() == guest).toList();
  }
}

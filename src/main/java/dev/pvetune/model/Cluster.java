package dev.pvetune.model;

import java.util.List;
import java.util.Optional;

/** Cluster-wide jobs and HA state from /etc/pve. */
public record Cluster(List<String> nodes, List<HaResource> haResources, List<ReplicationJob> replication, List<BackupJob> backups) {
  public Cluster {
    nodes = List.copyOf(nodes);
    haResources = List.copyOf(haResources);
    replication = List.copyOf(replication);
    backups = List.copyOf(backups);
  }

  public Optional<HaResource> ha(int vmid) {
    return haResources.stream().filter(r -> r.vmid() == vmid && r.active()).findFirst();
  }

  public List<ReplicationJob> replicationOf(int vmid) {
    return replication.stream().filter(j -> j.vmid() == vmid && !j.disabled()).toList();
  }
}

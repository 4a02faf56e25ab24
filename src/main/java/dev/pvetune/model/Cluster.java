package dev.pvetune.model;

import dev.pvetune.parse.pve.BackupJob;
import dev.pvetune.parse.pve.BackupJobSource;
import dev.pvetune.parse.pve.HaResource;
import dev.pvetune.parse.pve.ReplicationJob;
import dev.pvetune.parse.pve.ReplicationJobState;
import dev.pvetune.parse.pve.ReplicationStates;
import java.util.List;
import java.util.Optional;

/** Cluster-wide configuration from /etc/pve: nodes, HA resources, replication and backup jobs. */
public record Cluster(
    List<String> nodes,
    List<HaResource> haResources,
    List<ReplicationJob> replication,
    ReplicationStates replicationStates,
    List<BackupJob> backups) {

  public static final String HA_FILE = "files/etc/pve/ha/resources.cfg";
  public static final String REPLICATION_FILE = "files/etc/pve/replication.cfg";
  public static final String REPLICATION_STATE_FILE = "files/var/lib/pve-manager/pve-replication-state.json";
  public static final String JOBS_FILE = "files/etc/pve/jobs.cfg";
  public static final String VZDUMP_CRON_FILE = "files/etc/pve/vzdump.cron";

  public Cluster {
    nodes = List.copyOf(nodes);
    haResources = List.copyOf(haResources);
    replication = List.copyOf(replication);
    backups = List.copyOf(backups);
  }

  /** The guest's HA resource when HA manages it (not disabled or ignored). */
  public Optional<HaResource> ha(int vmid) {
    return haResources.stream().filter(r -> r.vmid() == vmid && r.managed()).findFirst();
  }

  public List<ReplicationJob> replicationOf(int vmid) {
    return replication.stream().filter(j -> j.guest() == vmid && !j.disabled()).toList();
  }

  public Optional<ReplicationJobState> stateOf(ReplicationJob job) {
    return replicationStates.of(job);
  }

  public static SourceRef ref(HaResource r) {
    return new SourceRef(HA_FILE, r.line());
  }

  public static SourceRef ref(ReplicationJob j) {
    return new SourceRef(REPLICATION_FILE, j.line());
  }

  public static SourceRef ref(BackupJob j) {
    return new SourceRef(j.source() == BackupJobSource.JOBS_CFG ? JOBS_FILE : VZDUMP_CRON_FILE, j.line());
  }
}

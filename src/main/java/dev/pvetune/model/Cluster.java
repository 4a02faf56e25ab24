package dev.pvetune.model;

import dev.pvetune.parse.pve.BackupJob;
import dev.pvetune.parse.pve.BackupJobSource;
import dev.pvetune.parse.pve.HaResource;
import dev.pvetune.parse.pve.PvesrJobStatus;
import dev.pvetune.parse.pve.ReplicationJob;
import dev.pvetune.parse.pve.ReplicationJobState;
import dev.pvetune.parse.pve.ReplicationStates;
import java.util.List;
import java.util.Optional;

/**
 * Cluster-wide configuration from /etc/pve: nodes, HA resources, replication and backup jobs;
 * {@code replicationStatus} is this node's {@code pvesr status} (empty when not collected).
 */
public record Cluster(
    List<String> nodes,
    List<HaResource> haResources,
    List<ReplicationJob> replication,
    ReplicationStates replicationStates,
    List<BackupJob> backups,
    List<PvesrJobStatus> replicationStatus) {

  public static final String HA_FILE = "files/etc/pve/ha/resources.cfg";
  public static final String REPLICATION_FILE = "files/etc/pve/replication.cfg";
  public static final String REPLICATION_STATE_FILE = "files/var/lib/pve-manager/pve-replication-state.json";
  public static final String JOBS_FILE = "files/etc/pve/jobs.cfg";
  public static final String VZDUMP_CRON_FILE = "files/etc/pve/vzdump.cron";
  public static final String PVESR_STATUS_FILE = "cmd/pvesr-status.out";

  public Cluster {
    nodes = List.copyOf(nodes);
    haResources = List.copyOf(haResources);
    replication = List.copyOf(replication);
    backups = List.copyOf(backups);
    replicationStatus = List.copyOf(replicationStatus);
  }

  /** This node's {@code pvesr status} row of a job. */
  public Optional<PvesrJobStatus> statusOf(ReplicationJob job) {
    return replicationStatus.stream().filter(s -> s.guest() == job.guest() && s.target().equals(job.targetId())).findFirst();
  }

  public static SourceRef ref(PvesrJobStatus s) {
    return new SourceRef(PVESR_STATUS_FILE, s.line());
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

package dev.pvetune.model.build;

import dev.pvetune.model.Cluster;
import dev.pvetune.parse.pve.BackupJob;
import dev.pvetune.parse.pve.ClusterNode;
import dev.pvetune.parse.pve.HaResource;
import dev.pvetune.parse.pve.HaResourcesParser;
import dev.pvetune.parse.pve.JobsConfigParser;
import dev.pvetune.parse.pve.MembersParser;
import dev.pvetune.parse.pve.PvesrJobStatus;
import dev.pvetune.parse.pve.PvesrStatusParser;
import dev.pvetune.parse.pve.ReplicationConfig;
import dev.pvetune.parse.pve.ReplicationConfigParser;
import dev.pvetune.parse.pve.ReplicationJob;
import dev.pvetune.parse.pve.ReplicationStateParser;
import dev.pvetune.parse.pve.ReplicationStates;
import dev.pvetune.parse.pve.VzdumpCronParser;
import java.util.ArrayList;
import java.util.List;

/** Cluster-wide configuration: members, HA resources, replication and backup jobs. */
final class ClusterBuilder {
  private ClusterBuilder() {}

  static Cluster build(Inputs in, String node) {
    List<String> nodes = in.bundle().file("/etc/pve/.members")
        .flatMap(f -> in.parse(f.text(), f.path(), null, MembersParser::parse))
        .map(m -> m.nodes().stream().map(ClusterNode::name).toList())
        .filter(l -> !l.isEmpty())
        .orElse(List.of(node));
    List<HaResource> ha = in.bundle().file("/etc/pve/ha/resources.cfg")
        .flatMap(f -> in.parse(f.text(), f.path(), null, HaResourcesParser::parse))
        .orElse(List.of());
    List<ReplicationJob> replication = in.bundle().file("/etc/pve/replication.cfg")
        .flatMap(f -> in.parse(f.text(), f.path(), null, ReplicationConfigParser::parse))
        .map(ReplicationConfig::jobs)
        .orElse(List.of());
    ReplicationStates states = in.bundle().file("/var/lib/pve-manager/pve-replication-state.json")
        .flatMap(f -> in.parse(f.text(), f.path(), null, ReplicationStateParser::parse))
        .orElse(new ReplicationStates(List.of()));
    List<BackupJob> backups = new ArrayList<>();
    in.bundle().file("/etc/pve/jobs.cfg").flatMap(f -> in.parse(f.text(), f.path(), null, JobsConfigParser::parse)).ifPresent(backups::addAll);
    in.bundle().file("/etc/pve/vzdump.cron").flatMap(f -> in.parse(f.text(), f.path(), null, VzdumpCronParser::parse)).ifPresent(backups::addAll);
    List<PvesrJobStatus> status = in.bundle().command("pvesr-status").filter(c -> c.record().succeeded())
        .flatMap(c -> in.parse(c.stdout(), c.path(), null, PvesrStatusParser::parse))
        .orElse(List.of());
    return new Cluster(nodes, ha, replication, states, backups, status);
  }
}

package dev.pvetune.rules.maint;

import dev.pvetune.model.Cluster;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.parse.pve.BackupJob;
import dev.pvetune.parse.pve.BackupJobSource;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** MAINT-003: a backup job stops or suspends guests whose disks are on ZFS, where snapshot mode costs them nothing. */
public final class BackupModeNotSnapshot implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MAINT-003", "backup-mode-not-snapshot", Severity.LOW,
      "Backup job in stop or suspend mode for guests on ZFS", Set.of(Input.CLUSTER_JOBS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    for (BackupJob job : inv.cluster().backups()) {
      if (!job.enabled() || job.mode().equals("snapshot")) {
        continue;
      }
      String resource = "backup-job/" + job.id();
      List<Guest> onZfs = new ArrayList<>();
      for (Guest g : inv.guests()) {
        if (g.isTemplate() || !onZfs(g)) {
          continue;
        }
        BackupJob.Coverage c = job.coverage(g.vmid(), g.node());
        if (c == BackupJob.Coverage.UNKNOWN) {
          out.unknown(resource, "the job selects resource pool " + job.pool().orElse("?") + " and pool membership is not in the bundle");
          onZfs.clear();
          break;
        }
        if (c == BackupJob.Coverage.COVERED) {
          onZfs.add(g);
        }
      }
      if (onZfs.isEmpty()) {
        continue;
      }
      String guests = onZfs.stream().map(Guest::label).collect(Collectors.joining(", "));
      boolean stop = job.mode().equals("stop");
      var finding = out.on(resource, "backup job " + job.id() + " (" + job.schedule() + ") uses mode " + job.mode() + " for " + onZfs.size()
              + (onZfs.size() == 1 ? " guest" : " guests") + " on ZFS on node " + inv.node() + ": " + guests)
          .evidence("mode " + job.mode() + (job.all() ? ", all guests" : "") + job.storage().map(s -> ", storage " + s).orElse(""), Cluster.ref(job));
      onZfs.stream().limit(5).forEach(g -> finding.evidence(g.label() + " has its disks on ZFS", g.config()));
      finding.impact((stop
              ? "Each of these guests is shut down for its whole backup and started again afterwards: downtime at every run"
              : "Each of these guests is paused while its backup starts, and running containers are suspended for the final sync")
              + "; snapshot mode backs them up while they run (containers on ZFS from a ZFS snapshot, VMs through QEMU's live backup with the "
              + "guest agent freezing filesystems), which s000 calls near-zero impact on ZFS")
          .fix("Switch the job to snapshot mode", Disruption.ONLINE, new Change.Manual(List.of(job.source() == BackupJobSource.JOBS_CFG
              ? "pvesh set /cluster/backup/" + job.id() + " --mode snapshot"
              : "in /etc/pve/vzdump.cron line " + job.line() + ": replace --mode " + job.mode() + " with --mode snapshot (or recreate the job in Datacenter > Backup)",
              "keep stop mode only for a guest that cannot be made consistent while running (no agent, an application that needs a cold copy)")))
          .add();
    }
  }

  private static boolean onZfs(Guest g) {
    return g.disks().stream().anyMatch(d -> d.kind().carriesData() && d.backing().isZfsBacked());
  }
}

package dev.pvetune.rules.maint;

import dev.pvetune.model.Cluster;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.SourceRef;
import dev.pvetune.parse.pve.PvesrJobStatus;
import dev.pvetune.parse.pve.ReplicationJob;
import dev.pvetune.parse.pve.ReplicationJobState;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** MAINT-002: a storage replication job keeps failing, so the replica grows stale. */
public final class ReplicationFailing implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MAINT-002", "replication-failing", Severity.HIGH,
      "Replication job failing", Set.of(Input.CLUSTER_JOBS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Cluster cluster = inv.cluster();
    for (ReplicationJob job : cluster.replication()) {
      if (job.disabled()) {
        continue;
      }
      Optional<ReplicationJobState> state = cluster.stateOf(job);
      Optional<PvesrJobStatus> status = cluster.statusOf(job);
      int fails = Math.max(state.map(ReplicationJobState::failCount).orElse(0), status.map(PvesrJobStatus::failCount).orElse(0));
      if (fails == 0) {
        continue;
      }
      String guest = inv.guest(job.guest()).map(g -> g.label()).orElse("guest " + job.guest());
      Optional<String> error = state.flatMap(ReplicationJobState::error).or(() -> status.filter(s -> !s.ok() && !s.syncing()).map(PvesrJobStatus::state));
      long lastSync = state.map(ReplicationJobState::lastSync).orElse(0L);
      String since = lastSync > 0 ? "last successful sync " + age(Instant.ofEpochSecond(lastSync), inv.collectedAt()) + " before collection"
          : status.flatMap(PvesrJobStatus::lastSync).map(t -> "last successful sync " + t.toString().replace('T', ' ') + " (node time)").orElse("never synced");
      var finding = out.on(inv.nodeResource() + "/replication/" + job.id(), "replication job " + job.id() + " (" + guest + " to " + job.target()
              + ") has failed " + fails + (fails == 1 ? " time" : " times in a row") + "; " + since)
          .evidence("job " + job.id() + " target " + job.target() + " schedule " + job.schedule(), Cluster.ref(job));
      state.ifPresent(s -> finding.evidence("fail_count " + s.failCount() + (s.lastSync() > 0 ? ", last_sync " + Instant.ofEpochSecond(s.lastSync()) : "")
          + (s.lastTry() > 0 ? ", last_try " + Instant.ofEpochSecond(s.lastTry()) : ""), SourceRef.of(Cluster.REPLICATION_STATE_FILE)));
      status.ifPresent(s -> finding.evidence("pvesr status: FailCount " + s.failCount() + ", State " + abbreviate(s.state()), Cluster.ref(s)));
      error.ifPresent(e -> finding.evidence("error: " + e));
      finding.impact("The replica of " + guest + " on " + job.target() + " stops at the last successful sync: a failover or a restore from it loses "
          + "everything written since" + (lastSync > 0 ? " (" + age(Instant.ofEpochSecond(lastSync), inv.collectedAt()) + " of writes)" : "")
          + ", and the next sync has to send the whole difference");
      List<String> steps = new ArrayList<>();
      steps.add("pvesr status   # and the job's log in the GUI (Replication) for the full error");
      if (error.map(e -> e.contains("exit code 255")).orElse(false)) {
        steps.add("ssh exit 255 is a failed SSH connection: from this node run  /usr/bin/ssh -o BatchMode=yes -o HostKeyAlias=" + job.target()
            + " root@<" + job.target() + " address> true   and fix keys or reachability (pvecm updatecerts)");
      }
      steps.add("pvesr schedule-now " + job.id() + "   # once the cause is fixed, then check that FailCount returns to 0");
      finding.fix("Find and fix the cause, then run the job", Disruption.MANUAL, new Change.Manual(steps)).add();
    }
  }

  static String age(Instant then, Instant now) {
    Duration d = Duration.between(then, now);
    if (d.isNegative()) {
      return "0 min";
    }
    if (d.toHours() < 2) {
      return d.toMinutes() + " min";
    }
    if (d.toDays() < 2) {
      return d.toHours() + " h";
    }
    return d.toDays() + " days";
  }

  private static String abbreviate(String s) {
    return s.length() <= 120 ? s : s.substring(0, 117) + "...";
  }
}

package dev.pvetune.rules.dataset;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.VdevClass;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DSET-008: logbias=throughput on VM zvols: sync writes skip the fast ZIL path (and any SLOG). */
public final class LogbiasThroughput implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("DSET-008", "logbias-throughput", Severity.INFO,
      "logbias=throughput on VM zvols", Set.of(Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Map<String, List<GuestDataSettings.Affected>> byOwner = GuestDataSettings.byOwner(inv, "logbias",
        a -> OwnerFinding.vmDisk(a) && a.property().value().equals("throughput"));
    byOwner.forEach((owner, affected) -> {
      String pool = affected.get(0).dataset().pool();
      long logs = inv.pool(pool).map(p -> p.vdevs(VdevClass.LOG).count()).orElse(0L);
      OwnerFinding.start(out, inv, owner, "logbias", affected)
          .evidence("pool " + pool + (logs > 0 ? " has " + logs + " log vdev" + (logs > 1 ? "s" : "") + " that these writes bypass" : " has no log vdev"))
          .impact("Sync writes (guest flushes, O_SYNC, database commits) are written straight to the data vdevs instead of the ZIL"
              + (logs > 0 ? " on the log device" : "") + ": good for large sequential sync writers, slower for the small commits most VMs issue")
          .fix("Set logbias=latency on " + owner + " unless the guest streams large sequential sync writes", Disruption.ONLINE,
              OwnerFinding.set(inv, owner, "logbias", affected, "latency"))
          .add();
    });
  }
}

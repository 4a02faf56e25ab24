package dev.pvetune.rules.dataset;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** DSET-002: sync=always on VM zvols turns every guest write into a ZIL write. */
public final class SyncAlways implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("DSET-002", "sync-always", Severity.LOW,
      "sync=always on VM zvols", Set.of(Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Map<String, List<GuestDataSettings.Affected>> byOwner =
        GuestDataSettings.byOwner(inv, "sync", a -> OwnerFinding.vmDisk(a) && a.property().value().equals("always"));
    byOwner.forEach((owner, affected) -> {
      boolean slog = inv.pool(affected.get(0).dataset().pool()).map(p -> p.vdevs(dev.pvetune.model.VdevClass.LOG).findAny().isPresent()).orElse(false);
      OwnerFinding.start(out, inv, owner, "sync", affected)
          .evidence("pool " + affected.get(0).dataset().pool() + (slog ? " has a log vdev" : " has no log vdev: the ZIL lives on the data vdevs"))
          .impact("Every guest write, not only the flushes the guest asks for, waits for the ZIL" + (slog ? " on the log device" : " on the data disks")
              + " before it is acknowledged: asynchronous writes lose the batching of the transaction group and their latency becomes sync latency. "
              + "sync=standard already honours every flush and O_SYNC write the guest issues")
          .fix("Set sync=standard on " + owner + " (sync=always is for NFS/iSCSI targets that cannot pass flushes through)", Disruption.ONLINE,
              OwnerFinding.set(inv, owner, "sync", affected, "standard"))
          .add();
    });
  }
}

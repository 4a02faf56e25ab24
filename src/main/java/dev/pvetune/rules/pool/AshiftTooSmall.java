package dev.pvetune.rules.pool;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Vdev;
import dev.pvetune.model.VdevClass;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Set;

/** POOL-011: a vdev written in 512-byte sectors on disks that work in 4 KiB ones. */
public final class AshiftTooSmall implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-011", "ashift-too-small", Severity.HIGH,
      "Vdev ashift below 12", Set.of(Input.POOL_STATUS, Input.VDEV_ASHIFT));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    for (Vdev vdev : pool.vdevs()) {
      if (vdev.vdevClass() == VdevClass.CACHE || vdev.vdevClass() == VdevClass.SPARE) {
        continue;
      }
      if (vdev.ashift().isEmpty()) {
        out.unknown("pool/" + pool.name() + "/" + vdev.shortName(), "zdb -C does not list this vdev's ashift");
        continue;
      }
      int ashift = vdev.ashift().getAsInt();
      if (ashift >= 12) {
        continue;
      }
      out.on("pool/" + pool.name() + "/" + vdev.shortName(), "pool " + pool.name() + " " + vdev.name() + " has ashift=" + ashift + " (" + (1 << ashift) + "-byte sectors)")
          .evidence(vdev.name() + " ashift " + ashift + " (zdb -C)", vdev.ref())
          .impact("Modern disks use 4 KiB physical sectors: every " + (1 << ashift) + "-byte write becomes a read-modify-write inside the drive, "
              + "cutting write throughput sharply; ashift is fixed when the vdev is created")
          .fix("Recreate the pool with ashift=12 and move the data", Disruption.RECREATE, new Change.Manual(List.of(
              "zpool create -o ashift=12 <newpool> <layout> <devices>",
              "zfs snapshot -r " + pool.name() + "@migrate && zfs send -R " + pool.name() + "@migrate | zfs recv -F <newpool>",
              "repoint the storages in /etc/pve/storage.cfg, verify the guests, destroy the old pool")))
          .add();
    }
  }
}

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
import java.util.Locale;
import java.util.Set;

/** POOL-008: a special or dedup vdev on one device: its loss loses the whole pool. */
public final class SpecialNotRedundant implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-008", "special-not-redundant", Severity.CRITICAL,
      "Special or dedup vdev without redundancy", Set.of(Input.POOL_STATUS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    for (Vdev vdev : pool.vdevs()) {
      if ((vdev.vdevClass() != VdevClass.SPECIAL && vdev.vdevClass() != VdevClass.DEDUP) || vdev.redundancy() > 0) {
        continue;
      }
      String cls = vdev.vdevClass().name().toLowerCase(Locale.ROOT);
      out.on("pool/" + pool.name() + "/" + vdev.shortName(), "pool " + pool.name() + " has a " + cls + " vdev on a single device: " + vdev.name())
          .evidence(cls + " vdev " + vdev.name() + " (" + vdev.describeLayout() + ")", vdev.ref())
          .impact("The " + cls + " vdev holds pool metadata" + (cls.equals("dedup") ? " (the dedup table)" : " and small blocks")
              + " for the whole pool: if this one device fails, every dataset and zvol on " + pool.name() + " is lost")
          .fix("Attach a second device of at least the same size to make it a mirror", Disruption.HARDWARE, new Change.Manual(List.of(
              "zpool attach " + pool.name() + " " + vdev.name() + " /dev/disk/by-id/<new-device>   # converts it into a mirror, online",
              "zpool status " + pool.name() + "   # wait for the resilver")))
          .add();
    }
  }
}

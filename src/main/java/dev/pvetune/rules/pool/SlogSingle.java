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

/** POOL-009: a log vdev on one device. */
public final class SlogSingle implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-009", "slog-single", Severity.LOW,
      "Log device not mirrored", Set.of(Input.POOL_STATUS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    for (Vdev vdev : pool.vdevs(VdevClass.LOG).toList()) {
      if (vdev.redundancy() > 0 || !vdev.type().isLeaf()) {
        continue;
      }
      out.on("pool/" + pool.name() + "/" + vdev.shortName(), "pool " + pool.name() + " has a single, unmirrored log device: " + vdev.shortName()
              + vdev.device().flatMap(d -> d.model()).map(m -> " (" + m + ")").orElse(""))
          .evidence("logs: " + vdev.name() + " (" + vdev.describeLayout() + ")", vdev.ref())
          .impact("Sync writes acknowledged to guests live only on this device until the next transaction group commits (about 5 s): "
              + "if it dies in a crash or power loss, those writes are gone; if it dies while running, sync writes fall back to the slow pool disks")
          .fix("Attach a second device to mirror the log", Disruption.HARDWARE, new Change.Manual(List.of(
              "zpool attach " + pool.name() + " " + vdev.name() + " /dev/disk/by-id/<new-device>   # online",
              "zpool status " + pool.name())))
          .add();
    }
  }
}

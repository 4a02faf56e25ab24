package dev.pvetune.rules.pool;

import dev.pvetune.parse.host.BlockDevice;
import dev.pvetune.model.Bytes;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Vdev;
import dev.pvetune.model.VdevType;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;

/** POOL-006: single parity over disks so large that a resilver is a long window of no redundancy. */
public final class Raidz1LargeDisks implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-006", "raidz1-large-disks", Severity.HIGH,
      "raidz1 on large disks", Set.of(Input.POOL_STATUS, Input.BLOCK_DEVICES));
  private static final long TWO_TB = 2_000_000_000_000L;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    for (Vdev vdev : pool.dataVdevs()) {
      if (vdev.type() != VdevType.RAIDZ || vdev.parity() != 1) {
        continue;
      }
      OptionalLong smallest = vdev.leaves().stream()
          .map(Vdev::device).filter(d -> d.isPresent() && d.get().sizeBytes().isPresent())
          .mapToLong(d -> d.get().sizeBytes().getAsLong()).min();
      if (smallest.isEmpty()) {
        out.unknown("pool/" + pool.name() + "/" + vdev.shortName(), "lsblk does not give the size of its disks");
        continue;
      }
      if (smallest.getAsLong() < TWO_TB) {
        continue;
      }
      long size = smallest.getAsLong();
      var finding = out.on("pool/" + pool.name() + "/" + vdev.shortName(), "pool " + pool.name() + " " + vdev.name() + " is raidz1 over " + vdev.children().size()
              + " disks of " + decimalTb(size) + " (" + Bytes.format(size) + ")")
          .evidence(vdev.name() + " " + vdev.describeLayout(), vdev.ref());
      vdev.leaves().forEach(l -> finding.evidence(l.name() + " " + l.device().flatMap(BlockDevice::model).orElse("") + " "
          + l.device().map(d -> Bytes.format(d.sizeBytes().orElse(0))).orElse(""), l.ref()));
      finding.impact("While one disk is being replaced, the " + (vdev.children().size() - 1) + " others must be read end to end ("
              + Bytes.format(size * (vdev.children().size() - 1)) + ") with no parity left: one unreadable sector or second failure in that window loses data")
          .fix("Rebuild as raidz2 (or mirrors) when the pool is next migrated", Disruption.RECREATE, new Change.Manual(List.of(
              "create a new pool with raidz2 or mirrors on new disks",
              "zfs snapshot -r " + pool.name() + "@migrate && zfs send -R " + pool.name() + "@migrate | zfs recv -F <newpool>",
              "point the storages at the new pool, verify, then destroy the old one")))
          .add();
    }
  }

  private static String decimalTb(long bytes) {
    return java.math.BigDecimal.valueOf(bytes).divide(java.math.BigDecimal.valueOf(1_000_000_000_000L), 1, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + " TB";
  }
}

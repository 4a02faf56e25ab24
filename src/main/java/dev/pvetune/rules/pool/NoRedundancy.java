package dev.pvetune.rules.pool;

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
import java.util.Set;

/** POOL-007: a data vdev of one device: its failure loses the pool. */
public final class NoRedundancy implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-007", "no-redundancy", Severity.HIGH,
      "Data vdev without redundancy", Set.of(Input.POOL_STATUS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    List<Vdev> data = pool.dataVdevs();
    for (Vdev vdev : data) {
      if (vdev.type() != VdevType.DISK && vdev.type() != VdevType.FILE) {
        continue;
      }
      String disk = vdev.device().map(d -> d.model().orElse(d.name()) + d.sizeBytes().stream().mapToObj(s -> ", " + Bytes.format(s)).findFirst().orElse(""))
          .orElse("");
      out.on("pool/" + pool.name() + "/" + vdev.shortName(), "pool " + pool.name() + " stores data on a single device: " + vdev.shortName()
              + (disk.isEmpty() ? "" : " (" + disk + ")") + (data.size() > 1 ? ", one of " + data.size() + " top-level vdevs" : ""))
          .evidence(vdev.name() + " is a top-level data vdev of one device", vdev.ref())
          .impact(data.size() > 1
              ? "Data is striped across all " + data.size() + " top-level vdevs: if this one device fails, the whole pool is lost"
              : "One failed device loses the pool; ZFS can detect corruption but has no second copy to repair it from")
          .fix("Attach a second device of at least the same size to make it a mirror", Disruption.HARDWARE, new Change.Manual(List.of(
              "zpool attach " + pool.name() + " " + vdev.name() + " /dev/disk/by-id/<new-device>   # online; converts it into a 2-way mirror",
              "zpool status " + pool.name() + "   # wait for the resilver")))
          .add();
    }
  }
}

package dev.pvetune.rules.pool;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Set;

/** POOL-004: the pool's free space is broken into small pieces. */
public final class Fragmented implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-004", "fragmented", Severity.LOW,
      "Free space is fragmented", Set.of(Input.POOL_LIST));
  /** The catalogue's level; zpool list FRAG is a weighted metric of free-segment sizes. */
  private static final int LIMIT_PERCENT = 50;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    if (pool.fragmentationPercent().isEmpty()) {
      out.unknown("pool/" + pool.name(), "zpool list gives no fragmentation for this pool");
      return;
    }
    int frag = pool.fragmentationPercent().getAsInt();
    if (frag < LIMIT_PERCENT) {
      return;
    }
    String fill = pool.capacityPercent().isPresent() ? ", " + pool.capacityPercent().getAsInt() + "% full" : "";
    String free = pool.freeBytes().isPresent() ? " (" + Bytes.format(pool.freeBytes().getAsLong()) + " free)" : "";
    out.on("pool/" + pool.name(), "pool " + pool.name() + " free space is " + frag + "% fragmented" + fill + free)
        .evidence("frag " + frag + "%" + fill, pool.listRef())
        .impact("FRAG measures how small the free segments are, not the files: at " + frag + "% new writes are scattered over small holes, "
            + "so sequential writes turn random and allocation slows; on a pool that is also filling up this gets worse quickly")
        .fix("Keep free space: free or add capacity; only rewriting the data (send/receive to a new pool) defragments it", Disruption.MANUAL,
            new Change.Manual(List.of(
                "zpool list -v " + pool.name() + "   # FRAG and CAP per vdev",
                "free space (old snapshots, unused disks) or add a vdev so new writes find large free regions",
                "to reset it: zfs send -R " + pool.name() + "@<snap> | zfs recv -F <newpool>, then move the storages")))
        .add();
  }
}

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

/** POOL-003: a pool past the fill level where copy-on-write allocation degrades. */
public final class PoolFull implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-003", "pool-full", Severity.MEDIUM,
      "Pool is too full", Set.of(Input.POOL_LIST));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    if (pool.capacityPercent().isEmpty()) {
      out.unknown("pool/" + pool.name(), "zpool list gives no capacity for this pool");
      return;
    }
    int cap = pool.capacityPercent().getAsInt();
    var t = out.thresholds();
    Severity severity = cap >= t.poolFillCritical() ? Severity.CRITICAL : cap >= t.poolFillHigh() ? Severity.HIGH
        : cap >= t.poolFillMedium() ? Severity.MEDIUM : null;
    if (severity == null) {
      return;
    }
    String free = pool.freeBytes().isPresent() && pool.sizeBytes().isPresent()
        ? Bytes.format(pool.freeBytes().getAsLong()) + " free of " + Bytes.format(pool.sizeBytes().getAsLong())
        : "";
    out.on("pool/" + pool.name(), "pool " + pool.name() + " is " + cap + "% full" + (free.isEmpty() ? "" : " (" + free + ")"))
        .severity(severity)
        .evidence("capacity " + cap + "%" + (free.isEmpty() ? "" : ", " + free), pool.listRef())
        .impact(cap >= t.poolFillCritical()
            ? "Allocation is close to failing: writes slow to a crawl and guests will see I/O errors when the pool runs out"
            : "Past 80% ZFS must search harder for free space: fragmentation grows and write performance drops steeply")
        .fix("Free or add space: delete old snapshots, move guests to another pool, or add a vdev", Disruption.MANUAL, new Change.Manual(List.of(
            "zfs list -o name,used,usedbysnapshots,usedbyrefreservation -s used -r " + pool.name() + " | tail -20   # what holds the space",
            "zfs list -t snapshot -o name,used -s used -r " + pool.name() + " | tail -20   # the largest snapshots")))
        .add();
  }
}

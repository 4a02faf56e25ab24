package dev.pvetune.rules.pool;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * POOL-018: sparse zvols promise more than the pool can hold. Usable space is the pool root
 * dataset's used + available; a zvol is sparse when it has no refreservation.
 */
public final class ThinOvercommitted implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-018", "thin-overcommitted", Severity.MEDIUM,
      "Thin zvols overcommit the pool", Set.of(Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    String resource = "pool/" + pool.name();
    List<Dataset> sparse = inv.datasets().values().stream()
        .filter(d -> d.isVolume() && d.pool().equals(pool.name()))
        .filter(d -> d.bytes("refreservation").orElse(0) == 0 && d.property("refreservation").isPresent())
        .sorted(Comparator.comparing(Dataset::name)).toList();
    if (sparse.isEmpty()) {
      return;
    }
    var root = inv.dataset(pool.name());
    if (root.isEmpty() || root.get().bytes("used").isEmpty() || root.get().bytes("available").isEmpty()) {
      out.unknown(resource, "zfs get gives no used/available for the pool's root dataset");
      return;
    }
    if (sparse.stream().anyMatch(z -> z.bytes("volsize").isEmpty())) {
      out.unknown(resource, "zfs get gives no volsize for some of the pool's zvols");
      return;
    }
    long promised = sparse.stream().mapToLong(z -> z.bytes("volsize").getAsLong()).sum();
    long used = root.get().bytes("used").getAsLong();
    long available = root.get().bytes("available").getAsLong();
    long usable = used + available;
    if (promised <= usable) {
      return;
    }
    String ratio = BigDecimal.valueOf(promised).divide(BigDecimal.valueOf(usable), 2, RoundingMode.HALF_UP).toPlainString();
    long written = sparse.stream().mapToLong(z -> z.bytes("referenced").orElse(0)).sum();
    var finding = out.on(resource, "pool " + pool.name() + " has " + sparse.size() + " sparse zvol(s) of " + Bytes.format(promised)
            + " in total against " + Bytes.format(usable) + " usable: overcommitted " + ratio + "x")
        .evidence(pool.name() + " used " + Bytes.format(used), root.get().property("used").get().ref())
        .evidence(pool.name() + " available " + Bytes.format(available), root.get().property("available").get().ref());
    sparse.stream().sorted(Comparator.comparingLong((Dataset z) -> z.bytes("volsize").getAsLong()).reversed()).limit(8)
        .forEach(z -> finding.evidence(z.name() + " volsize " + Bytes.format(z.bytes("volsize").getAsLong()) + ", refreservation none",
            z.property("volsize").get().ref()));
    finding.impact("The guests see " + Bytes.format(promised) + " of disk where the pool has " + Bytes.format(usable) + " (" + Bytes.format(available)
            + " still free; the sparse zvols reference " + Bytes.format(written) + " now). If they fill their disks, the pool runs out first "
            + "and every guest on it gets write errors at once")
        .fix("Watch the pool's free space, keep discard=on in the guests, and add capacity or move disks before it runs out", Disruption.MANUAL,
            new Change.Manual(List.of(
                "zfs list -o name,volsize,referenced -t volume -r " + pool.name() + "   # what the guests have written so far",
                "enable discard=on and periodic fstrim in the guests so freed blocks return to the pool",
                "add a vdev or move disks to another storage (qm disk move) before the pool passes 80%")))
        .add();
  }
}

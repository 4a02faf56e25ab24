package dev.pvetune.rules.dataset;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

/**
 * DSET-006: deduplication on guest data. Every unique block written gets an entry in the dedup
 * table, which has to be in RAM for writes and frees to stay fast.
 */
public final class DedupOn implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("DSET-006", "dedup-on", Severity.MEDIUM,
      "Deduplication on guest data", Set.of(Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  /** In-core size of one dedup table entry as commonly cited (reference/zfsmath.md §8). */
  static final long DDT_ENTRY_BYTES = 320;

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Map<String, List<GuestDataSettings.Affected>> byOwner =
        GuestDataSettings.byOwner(inv, "dedup", a -> !a.property().value().equals("off"));
    byOwner.forEach((owner, affected) -> {
      var finding = OwnerFinding.start(out, inv, owner, "dedup", affected);
      long blocks = 0;
      boolean complete = true;
      boolean lowerBound = false;
      for (GuestDataSettings.Affected a : affected) {
        OptionalLong n = blocks(a.dataset());
        if (n.isEmpty()) {
          complete = false;
          continue;
        }
        blocks += n.getAsLong();
        lowerBound |= !a.dataset().isVolume();
        a.dataset().property("logicalreferenced").ifPresent(p -> finding.evidence(a.dataset().name() + " logicalreferenced "
            + Bytes.format(p.number().orElse(0)) + " in " + Bytes.blockSize(blockSize(a.dataset()).orElse(0)) + " blocks", p.ref()));
      }
      String pool = affected.get(0).dataset().pool();
      inv.pool(pool).flatMap(p -> java.util.Optional.ofNullable(p.properties().get("dedupratio")))
          .ifPresent(r -> finding.evidence("pool " + pool + " dedupratio " + r.value() + "x", r.ref()));
      String estimate = complete && blocks > 0
          ? "The data written with dedup on is " + (lowerBound ? "at least " : "up to ") + String.format(java.util.Locale.ROOT, "%,d", blocks) + " blocks; at about "
              + DDT_ENTRY_BYTES + " B of RAM per unique block the dedup table needs up to " + Bytes.format(Math.multiplyExact(blocks, DDT_ENTRY_BYTES))
              + " to stay in memory (fewer entries if blocks really repeat; data written before dedup was enabled has none). "
          : "The bundle does not show how many blocks were written with dedup on. ";
      finding.impact(estimate + "The real table size is not in the bundle (zpool status -D " + pool + " shows it). Its entries compete with "
              + "guest memory and ARC; once they do not fit, every write and free reads the table from disk and throughput collapses. "
              + "Guest disks rarely share identical blocks, so lz4 compression usually saves more for nothing")
          .fix("Set dedup=off on " + owner + " (new writes; blocks already deduplicated keep their entries until they are rewritten or freed)",
              Disruption.ONLINE, OwnerFinding.set(inv, owner, "dedup", affected, "off"))
          .add();
    });
  }

  /** Blocks of the referenced data: exact for zvols, a lower bound for filesystems (small files use smaller blocks). */
  private static OptionalLong blocks(Dataset d) {
    OptionalLong logical = d.bytes("logicalreferenced");
    OptionalLong size = blockSize(d);
    if (logical.isEmpty() || size.isEmpty() || size.getAsLong() <= 0) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(dev.pvetune.zfs.Bytes.ceilDiv(logical.getAsLong(), size.getAsLong()));
  }

  private static OptionalLong blockSize(Dataset d) {
    return d.bytes(d.isVolume() ? "volblocksize" : "recordsize");
  }
}

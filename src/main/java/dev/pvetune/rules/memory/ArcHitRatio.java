package dev.pvetune.rules.memory;

import dev.pvetune.model.Arc;
import dev.pvetune.model.Bytes;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;

/**
 * MEM-004: the ARC answers too few demand reads. Demand reads are what guests and the host ask
 * for (prefetch excluded); an I/O hit (OpenZFS 2.2+, a read already in flight) counts as a hit.
 */
public final class ArcHitRatio implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MEM-004", "arc-hit-ratio", Severity.LOW,
      "Low ARC demand hit ratio", Set.of(Input.ARCSTATS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    Arc arc = inv.host().arc().orElseThrow();
    String resource = inv.nodeResource() + "/arc";
    OptionalLong dataHits = arc.stat("demand_data_hits");
    OptionalLong metaHits = arc.stat("demand_metadata_hits");
    OptionalLong dataMisses = arc.stat("demand_data_misses");
    OptionalLong metaMisses = arc.stat("demand_metadata_misses");
    if (dataHits.isEmpty() || metaHits.isEmpty() || dataMisses.isEmpty() || metaMisses.isEmpty()) {
      out.unknown(resource, "arcstats has no demand_data/demand_metadata hits and misses");
      return;
    }
    long dHits = dataHits.getAsLong() + arc.stat("demand_data_iohits").orElse(0);
    long mHits = metaHits.getAsLong() + arc.stat("demand_metadata_iohits").orElse(0);
    long hits = dHits + mHits;
    long misses = dataMisses.getAsLong() + metaMisses.getAsLong();
    long accesses = hits + misses;
    long needed = out.thresholds().arcMinAccesses();
    if (accesses < needed) {
      out.unknown(resource, "only " + String.format(Locale.ROOT, "%,d", accesses) + " demand reads since the module loaded; the hit ratio means something from "
          + String.format(Locale.ROOT, "%,d", needed));
      return;
    }
    int low = out.thresholds().arcHitRatioLow();
    int medium = out.thresholds().arcHitRatioMedium();
    if (!below(hits, accesses, low)) {
      return;
    }
    Severity severity = below(hits, accesses, medium) ? Severity.MEDIUM : Severity.LOW;
    int threshold = severity == Severity.MEDIUM ? medium : low;
    var finding = out.on(resource, "ARC demand hit ratio " + ratio(hits, accesses) + " is below " + threshold + " %: "
            + String.format(Locale.ROOT, "%,d", misses) + " of " + String.format(Locale.ROOT, "%,d", accesses) + " demand reads went to disk")
        .severity(severity)
        .evidence("demand data: " + ratio(dHits, dHits + dataMisses.getAsLong()) + " hits (" + String.format(Locale.ROOT, "%,d", dHits) + " hits incl. I/O hits, "
            + String.format(Locale.ROOT, "%,d", dataMisses.getAsLong()) + " misses)", arc.ref("demand_data_hits"))
        .evidence("demand metadata: " + ratio(mHits, mHits + metaMisses.getAsLong()) + " hits (" + String.format(Locale.ROOT, "%,d", mHits) + " hits incl. I/O hits, "
            + String.format(Locale.ROOT, "%,d", metaMisses.getAsLong()) + " misses)", arc.ref("demand_metadata_hits"));
    OptionalLong size = arc.stat("size");
    OptionalLong cMax = arc.stat("c_max");
    boolean full = size.isPresent() && cMax.isPresent() && size.getAsLong() * 100 >= cMax.getAsLong() * 95;
    if (size.isPresent() && cMax.isPresent()) {
      finding.evidence("ARC size " + Bytes.format(size.getAsLong()) + " of c_max " + Bytes.format(cMax.getAsLong())
          + (full ? ": the ARC is full" : ": the ARC has not reached its limit"), arc.ref("size"));
    }
    finding.impact("Each miss is a disk read the guest waits for; s000 alerts below 70 % and calls > 80 % good. Counted since the module loaded, "
            + "so a backup or scrub-heavy period weighs in")
        .fix(full ? "Check whether the ARC can grow or the workload streams" : "Find out what reads miss", Disruption.MANUAL, new Change.Manual(List.of(
            "arcstat 5   # watch hit% over a normal working period: the ratio since boot includes backups and one-off reads",
            full ? "if RAM is free after guests and the host reserve (pvetune plan arc), raise zfs_arc_max"
                : "the ARC is below its limit, so memory pressure keeps it small: check guest memory (MEM-001) before raising zfs_arc_max",
            "a guest that streams data larger than any ARC (backups, media) can use primarycache=metadata on its disk so it does not evict the rest")))
        .add();
  }

  /** hits / accesses < percent / 100, exactly. */
  static boolean below(long hits, long accesses, int percent) {
    return BigInteger.valueOf(hits).multiply(BigInteger.valueOf(100)).compareTo(BigInteger.valueOf(accesses).multiply(BigInteger.valueOf(percent))) < 0;
  }

  private static String ratio(long hits, long total) {
    return total == 0 ? "n/a" : String.format(Locale.ROOT, "%.1f %%", hits * 100.0 / total);
  }
}

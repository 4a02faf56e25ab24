package dev.pvetune.report.plan;

import dev.pvetune.zfs.LayoutCandidate;
import dev.pvetune.zfs.ZfsVersion;
import java.util.List;

/** {@code pvetune plan pool --compare} as text. */
public final class ComparisonText {
  private ComparisonText() {}

  public static String render(
      List<LayoutCandidate> candidates, int disks, long childOsize, int ashift, ZfsVersion version) {
    StringBuilder out = new StringBuilder();
    out.append("Layouts for ")
        .append(disks)
        .append(" disks (ZFS partitions of ")
        .append(Fmt.bytes(childOsize))
        .append(" B), ashift ")
        .append(ashift)
        .append(", OpenZFS ")
        .append(version)
        .append(", ranked for VM workloads\n\n");
    TextTable t =
        new TextTable(
            List.of("#", "layout", "random IOPS r/w", "usable", "usable for 16K", "16K eff.",
                "survives", "volblocksize"),
            true, false, true, true, true, true, false, true);
    for (LayoutCandidate c : candidates) {
      t.row(
          Integer.toString(c.rank()),
          c.label(),
          Fmt.ratio(c.iops().randomRead(), 1) + "× / " + Fmt.ratio(c.iops().randomWrite(), 1) + "×",
          Fmt.tib(c.capacity().usableBytes()),
          Fmt.tib(c.usableAt16kBytes()),
          Fmt.percent(c.block16k().efficiency()),
          survives(c),
          Fmt.block(c.volblocksize().volblocksize()));
    }
    t.render(out, "  ");
    out.append('\n')
        .append("  Ranked by random IOPS (50/50 read/write, one disk = 1×), then usable space for 16K blocks,\n")
        .append("  then failure tolerance. usable = zfs list USED + AVAIL of the empty pool; usable for 16K =\n")
        .append("  how much 16K-volblocksize zvol data fits, after their parity and padding.\n")
        .append("  survives = failures survived anywhere / at best (spread over vdevs).\n")
        .append("  Details for one layout: pvetune plan pool --disks ... --layout ... --width ...\n");
    return out.toString();
  }

  private static String survives(LayoutCandidate c) {
    var t = c.tolerance();
    String s = t.anyDisks() == t.bestCaseDisks() ? Integer.toString(t.anyDisks()) : t.anyDisks() + " / " + t.bestCaseDisks();
    return t.distributedSpares() > 0 ? s + " +spare" : s;
  }
}

package dev.pvetune.report.plan;

import dev.pvetune.zfs.BlockAllocation;
import dev.pvetune.zfs.BlockSizeRow;
import dev.pvetune.zfs.Bytes;
import dev.pvetune.zfs.FailureTolerance;
import dev.pvetune.zfs.PoolCapacity;
import dev.pvetune.zfs.PoolGeometry;
import dev.pvetune.zfs.PoolPlan;
import dev.pvetune.zfs.RelativeIops;
import dev.pvetune.zfs.VdevCapacity;
import dev.pvetune.zfs.VdevLayout;
import dev.pvetune.zfs.VersionRow;
import dev.pvetune.zfs.WriteCost;
import java.util.List;

/** {@code pvetune plan pool} as text. */
public final class PoolPlanText {
  private PoolPlanText() {}

  public static String render(PoolPlan plan) {
    StringBuilder out = new StringBuilder();
    PoolGeometry g = plan.geometry();
    PoolCapacity c = plan.capacity();
    header(out, plan);
    capacity(out, plan);
    whereTheSpaceGoes(out, plan);
    whyFiguresDiffer(out, plan);
    byVersion(out, plan);
    blockSizes(out, plan);
    out.append('\n')
        .append("Recommended volblocksize for VM disks: ")
        .append(Fmt.block(plan.volblocksize().volblocksize()))
        .append(" (")
        .append(Fmt.percent(plan.volblocksize().efficiency()))
        .append(" space efficiency; the most efficient of 16K, 32K, 64K, smallest on a tie)\n");
    out.append('\n').append("Failure tolerance: ").append(tolerance(g.layout(), plan.tolerance())).append('\n');
    iops(out, plan);
    out.append('\n')
        .append("Deflate ratio ")
        .append(c.deflateRatio())
        .append("/512 and metaslab shift ")
        .append(c.vdev().metaslabShift())
        .append(" are what zdb -C shows for this vdev once created. Formulas and sources: docs/plan.md.\n");
    return out.toString();
  }

  private static void header(StringBuilder out, PoolPlan plan) {
    PoolGeometry g = plan.geometry();
    out.append("Pool plan: ").append(g.totalDisks()).append(" disks");
    if (plan.diskBytes().isPresent()) {
      out.append(" of ").append(Fmt.bytes(plan.diskBytes().getAsLong())).append(" B");
    } else {
      out.append(", partitions of ").append(Fmt.bytes(g.childOsize())).append(" B");
    }
    out.append(" as ")
        .append(g.vdevCount())
        .append(" × ")
        .append(g.layout().describe())
        .append(", ashift ")
        .append(g.ashift())
        .append(", OpenZFS ")
        .append(g.version())
        .append("\n");
  }

  private static void capacity(StringBuilder out, PoolPlan plan) {
    PoolGeometry g = plan.geometry();
    PoolCapacity c = plan.capacity();
    VdevCapacity v = c.vdev();
    out.append("\nCapacity\n");
    TextTable t = new TextTable(List.of("", "bytes", "", "how"), false, true, true, false);
    if (plan.diskBytes().isPresent()) {
      long disk = plan.diskBytes().getAsLong();
      t.row("disk", Fmt.bytes(disk), Fmt.tib(disk), "vendor size");
      t.row("ZFS partition", Fmt.bytes(g.childOsize()), Fmt.tib(g.childOsize()),
          "whole-disk GPT: part1 from 1 MiB, 8 MiB part9 at the end, " + plan.logicalSectorBytes()
              + "-byte sectors");
    } else {
      t.row("ZFS partition", Fmt.bytes(g.childOsize()), Fmt.tib(g.childOsize()), "--partition-bytes");
    }
    t.row("per disk, usable by ZFS", Fmt.bytes(v.leafAsize()), Fmt.tib(v.leafAsize()),
        "aligned to 256 KiB, minus 4 labels of 256 KiB and the 3.5 MiB boot area");
    t.row("vdev size", Fmt.bytes(v.asize()), Fmt.tib(v.asize()), vdevHow(g.layout()));
    t.row("metaslabs per vdev", Fmt.count(v.metaslabCount()), "",
        "of " + Fmt.binaryRound(v.metaslabSize()) + " (shift " + v.metaslabShift() + ")"
            + (v.embeddedLogMetaslabs() > 0 ? "; 1 per vdev kept for ZIL blocks (embedded log)" : ""));
    t.row("zpool list SIZE", Fmt.bytes(c.zpoolSizeBytes()), Fmt.tib(c.zpoolSizeBytes()),
        g.vdevCount() + " × metaslabs × metaslab size");
    BlockAllocation ref = g.layout().allocate(128 * Bytes.KiB, g.ashift());
    t.row("deflate ratio", c.deflateRatio() + "/512", Fmt.ratio(c.deflateRatio() / 512.0, 4),
        deflateHow(g.layout(), ref));
    t.row("deflated space", Fmt.bytes(c.normalDspaceBytes()), Fmt.tib(c.normalDspaceBytes()),
        "metaslabs × " + c.deflateRatio() + "/512"
            + (c.embeddedLogDspaceBytes() > 0 ? ", without the embedded log" : ""));
    t.row("slop", Fmt.bytes(c.slopBytes()), Fmt.binary(c.slopBytes()), c.slopRule().rule());
    t.row("usable", Fmt.bytes(c.usableBytes()), Fmt.tib(c.usableBytes()),
        "zfs list USED + AVAIL of the empty pool");
    t.render(out, "  ");
  }

  private static String vdevHow(VdevLayout layout) {
    if (layout instanceof VdevLayout.Raidz r) {
      return r.width() + " × per disk (parity is charged per block, below)";
    }
    if (layout instanceof VdevLayout.Mirror m) {
      return "one side of the " + m.ways() + "-way mirror";
    }
    if (layout instanceof VdevLayout.Draid d) {
      return (d.children() - d.spares()) + " children less 32 MiB reserve each, whole 16 MiB rows of "
          + d.groupWidth() + " disks";
    }
    return "the disk";
  }

  private static String deflateHow(VdevLayout layout, BlockAllocation ref) {
    if (layout instanceof VdevLayout.Mirror || layout instanceof VdevLayout.Stripe) {
      return "no parity: zfs list counts bytes as allocated";
    }
    String nominal =
        layout instanceof VdevLayout.Raidz r
            ? (r.width() - r.parity()) + "/" + r.width()
            : ((VdevLayout.Draid) layout).data() + "/" + ((VdevLayout.Draid) layout).groupWidth();
    return "a 128K block takes " + ref.dataSectors() + " data + " + ref.redundancySectors() + " parity + "
        + ref.skipSectors() + " padding sectors; nominal " + nominal;
  }

  private static void whereTheSpaceGoes(StringBuilder out, PoolPlan plan) {
    PoolGeometry g = plan.geometry();
    PoolCapacity c = plan.capacity();
    VdevCapacity v = c.vdev();
    int disks = g.totalDisks();
    long perDisk = plan.diskBytes().orElse(g.childOsize());
    long raw = perDisk * disks;
    out.append("\nWhere the raw space goes\n");
    TextTable t = new TextTable(List.of("", "bytes", "", "share"), false, true, true, true);
    t.row(plan.diskBytes().isPresent() ? "all disks" : "all partitions", Fmt.bytes(raw), Fmt.tib(raw), "100.0%");
    long labels = (perDisk - v.leafAsize()) * disks;
    t.row(plan.diskBytes().isPresent() ? "partitioning, labels, boot area" : "labels and boot area",
        Fmt.bytes(labels), Fmt.binary(labels), share(labels, raw));
    long outside = ((long) g.layout().disks() * v.leafAsize() - v.asize()) * g.vdevCount();
    if (outside > 0) {
      String what =
          g.layout() instanceof VdevLayout.Mirror
              ? "mirror copies"
              : "distributed spares, reflow reserve, row rounding";
      t.row(what, Fmt.bytes(outside), Fmt.tib(outside), share(outside, raw));
    }
    long tail = (v.asize() - v.metaslabBytes()) * g.vdevCount();
    t.row("metaslab rounding", Fmt.bytes(tail), Fmt.binary(tail), share(tail, raw));
    long deflation = c.deflationBytes();
    if (deflation > 0) {
      t.row("parity and padding (128K blocks)", Fmt.bytes(deflation), Fmt.tib(deflation), share(deflation, raw));
    }
    long held = c.slopBytes() + c.embeddedLogDspaceBytes();
    t.row(c.embeddedLogDspaceBytes() > 0 ? "slop and embedded log" : "slop", Fmt.bytes(held),
        Fmt.binary(held), share(held, raw));
    t.row("usable", Fmt.bytes(c.usableBytes()), Fmt.tib(c.usableBytes()), share(c.usableBytes(), raw));
    t.render(out, "  ");
  }

  private static String share(long part, long whole) {
    return Fmt.share(part, whole);
  }

  private static void whyFiguresDiffer(StringBuilder out, PoolPlan plan) {
    if (plan.nominalBytes().isEmpty()) {
      return;
    }
    PoolGeometry g = plan.geometry();
    PoolCapacity c = plan.capacity();
    long nominal = plan.nominalBytes().getAsLong();
    long share = plan.nominalShareOfSize();
    long deflated = c.normalDspaceBytes() + c.embeddedLogDspaceBytes();
    out.append("\nWhy other figures differ\n");
    TextTable t = new TextTable(List.of("", "bytes", "", ""), false, true, true, false);
    t.row("data disks × vendor size", Fmt.bytes(nominal), Fmt.tib(nominal),
        "the spreadsheet figure; " + Fmt.scaled(nominal, 1_000_000_000_000L, 2) + " TB is "
            + Fmt.scaled(nominal, Bytes.TiB, 2) + " TiB (zfs and zpool print TiB as T)");
    t.row("nominal share of zpool SIZE", Fmt.bytes(share), Fmt.tib(share),
        "after partitioning, labels and metaslab rounding");
    t.row("at the 128K deflate ratio", Fmt.bytes(deflated), Fmt.tib(deflated),
        g.layout() instanceof VdevLayout.Mirror || g.layout() instanceof VdevLayout.Stripe
            ? "no parity"
            : "a 128K block keeps " + Fmt.ratio(c.deflateRatio() / 512.0, 4) + " of its allocation as data");
    t.row("usable", Fmt.bytes(c.usableBytes()), Fmt.tib(c.usableBytes()),
        "minus slop" + (c.embeddedLogDspaceBytes() > 0 ? " and the embedded log" : "") + " (OpenZFS " + g.version() + ")");
    t.render(out, "  ");
  }

  private static void byVersion(StringBuilder out, PoolPlan plan) {
    PoolGeometry g = plan.geometry();
    out.append("\nUsable space by OpenZFS release (pool created and reported by that release)\n");
    TextTable t = new TextTable(List.of("release", "metaslabs", "slop", "usable", "", ""),
        false, false, true, true, true, false);
    List<VersionRow> rows = plan.byVersion();
    int chosen = 0;
    for (int i = 0; i < rows.size(); i++) {
      if (rows.get(i).capacity().geometry().version().compareTo(g.version()) <= 0) {
        chosen = i;
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      PoolCapacity c = rows.get(i).capacity();
      VdevCapacity v = c.vdev();
      t.row(rows.get(i).releases(),
          Fmt.count(v.metaslabCount()) + " × " + Fmt.binaryRound(v.metaslabSize()),
          Fmt.bytes(c.slopBytes()), Fmt.bytes(c.usableBytes()), Fmt.tib(c.usableBytes()),
          i == chosen ? "<- " + g.version() : "");
    }
    t.render(out, "  ");
    PoolCapacity current = plan.capacity();
    if (current.normalDspaceBytes() >> 5 > 128 * Bytes.GiB) {
      PoolCapacity uncapped = null;
      for (VersionRow r : rows) {
        if (r.releases().startsWith("0.8.0")) {
          uncapped = r.capacity();
        }
      }
      if (uncapped != null) {
        out.append("  Releases before 2.0.6 hold back 1/32 of the pool as slop (")
            .append(Fmt.binary(uncapped.slopBytes()))
            .append(" here), so they report ")
            .append(Fmt.tib(uncapped.usableBytes()))
            .append("; 2.0.6 caps slop at 128 GiB and 2.1.0 lends part of it to the embedded log.\n");
      }
    }
  }

  private static void blockSizes(StringBuilder out, PoolPlan plan) {
    PoolGeometry g = plan.geometry();
    boolean mirror = g.layout() instanceof VdevLayout.Mirror;
    out.append("\nPer block size (uncompressed zvol volblocksize or dataset recordsize)\n");
    TextTable t =
        new TextTable(
            List.of("block", mirror ? "sectors data+copies" : "sectors data+parity+pad", "allocated",
                "on disks", "efficiency", "zfs list charge", "", "100 GiB thick zvol", "4K guest write"),
            true, false, true, true, true, true, true, true, false);
    for (BlockSizeRow r : plan.blockSizes()) {
      BlockAllocation a = r.allocation();
      String sectors =
          a.dataSectors() + "+" + a.redundancySectors() + (mirror ? "" : "+" + a.skipSectors());
      t.row(Fmt.block(r.blockBytes()), sectors, Fmt.block(a.allocatedBytes()), Fmt.block(a.rawBytes()),
          Fmt.percent(a.efficiency()), Fmt.bytes(r.chargedBytes()), Fmt.times(r.chargeFactor()),
          Fmt.binary(r.thickZvol().refreservationBytes()), write(r.guest4kWrite()));
    }
    t.render(out, "  ");
    out.append("  efficiency = block / bytes on disks; zfs list charge = allocated × deflate ratio, ")
        .append("what USED and REFER grow by per block;\n")
        .append("  thick zvol = the refreservation ZFS sets without -s (Proxmox storage without 'sparse 1');\n")
        .append("  4K guest write = bytes written to disks per 4K written by the guest")
        .append(", plus the old block read back when the write is partial and not cached.\n");
  }

  private static String write(WriteCost w) {
    String s = Fmt.times(w.deviceAmplification());
    return w.readModifyWrite() ? s + " + " + Fmt.block(w.readBytes()) + " read" : s;
  }

  static String tolerance(VdevLayout layout, FailureTolerance t) {
    if (t.anyDisks() == 0) {
      return "none: losing any disk loses the pool";
    }
    String unit = layout instanceof VdevLayout.Mirror ? "mirror" : "vdev";
    StringBuilder s = new StringBuilder();
    s.append("any ").append(t.anyDisks()).append(t.anyDisks() == 1 ? " disk" : " disks");
    if (t.vdevCount() > 1) {
      s.append("; up to ").append(t.bestCaseDisks()).append(" if no ").append(unit)
          .append(" loses more than ").append(t.perVdev()).append("; ").append(t.perVdev() + 1)
          .append(" in one ").append(unit).append(" lose the pool");
    }
    if (t.distributedSpares() > 0) {
      s.append("; after each rebuild onto a distributed spare (").append(t.distributedSpares())
          .append(" per vdev) another ").append(t.perVdev());
    }
    return s.toString();
  }

  private static void iops(StringBuilder out, PoolPlan plan) {
    PoolGeometry g = plan.geometry();
    out.append("\nRelative performance (one disk = 1×; rules of thumb, see docs/plan.md)\n");
    TextTable t = new TextTable(List.of("", "random read", "random write", "streaming read", "streaming write"),
        false, true, true, true, true);
    iopsRow(t, g.vdevCount() + " × " + g.layout().describe(), plan.iops());
    if (plan.iopsAsTwoWayMirrors().isPresent() && !(g.layout() instanceof VdevLayout.Mirror m && m.ways() == 2)) {
      iopsRow(t, "same disks as " + g.totalDisks() / 2 + " × 2-way mirror", plan.iopsAsTwoWayMirrors().get());
    }
    t.render(out, "  ");
  }

  private static void iopsRow(TextTable t, String label, RelativeIops i) {
    t.row(label, Fmt.ratio(i.randomRead(), 1) + "×", Fmt.ratio(i.randomWrite(), 1) + "×",
        Fmt.ratio(i.sequentialRead(), 1) + "×", Fmt.ratio(i.sequentialWrite(), 1) + "×");
  }
}

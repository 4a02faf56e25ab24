package dev.pvetune.report.plan;

import dev.pvetune.zfs.ArcPlan;
import dev.pvetune.zfs.ArcRequest;
import dev.pvetune.zfs.S000ArcAdvice;
import java.util.List;

/** {@code pvetune plan arc} as text. */
public final class ArcPlanText {
  private ArcPlanText() {}

  public static String render(ArcPlan plan) {
    ArcRequest r = plan.request();
    StringBuilder out = new StringBuilder();
    out.append("ARC plan: ")
        .append(Fmt.binary(r.ramBytes()))
        .append(" RAM, ")
        .append(Fmt.binary(r.guestRamBytes()))
        .append(" for guests")
        .append(r.poolBytes().isPresent() ? ", " + Fmt.tib(r.poolBytes().getAsLong()) + " of pool" : "")
        .append(", OpenZFS ")
        .append(r.version())
        .append("\n\nRecommended\n");
    TextTable rec = new TextTable(List.of("", "bytes", ""), false, true, true);
    rec.row("zfs_arc_max", Long.toString(plan.recommendedMax()), Fmt.binary(plan.recommendedMax()));
    rec.row("zfs_arc_min", Long.toString(plan.recommendedMin()), Fmt.binary(plan.recommendedMin()));
    rec.render(out, "  ");

    out.append("\nMemory budget\n");
    TextTable b = new TextTable(List.of("", "", ""), false, true, false);
    b.row("RAM", Fmt.binary(r.ramBytes()), "");
    b.row("guests", "− " + Fmt.binary(r.guestRamBytes()), "VM and container memory");
    b.row("host reserve", "− " + Fmt.binary(r.hostReserve()),
        r.hostReserveBytes().isPresent() ? "--host-reserve" : "the larger of 2 GiB and 5% of RAM, as the audit's MEM-001 uses");
    b.row("left for ARC", Fmt.binary(plan.availableForArcBytes()), "");
    b.row("ARC max", "− " + Fmt.binary(plan.recommendedMax()), "");
    b.row("headroom", Fmt.binary(plan.headroomBytes()), plan.headroomBytes() < 0 ? "overcommitted" : "");
    b.render(out, "  ");

    out.append("\nReference points\n");
    TextTable p = new TextTable(List.of("", "zfs_arc_max", ""), false, true, false);
    p.row("OpenZFS " + r.version() + " default", Fmt.binary(plan.openZfsDefaultMax()),
        r.version().atLeast(2, 3, 0) ? "max(5/8 RAM, RAM − 1 GiB) since 2.3.0" : "half of RAM (2.2 and older)");
    if (plan.openZfsDefaultMin().isPresent()) {
      p.row("OpenZFS default zfs_arc_min", Fmt.binary(plan.openZfsDefaultMin().getAsLong()),
          "max(RAM/32, 32 MiB)");
    }
    p.row("Proxmox installer (8.1+)", Fmt.binary(plan.proxmoxInstallerMax()),
        "10 % of RAM, 64 MiB – 16 GiB, written to /etc/modprobe.d/zfs.conf");
    if (plan.pveDocsMinimum().isPresent()) {
      p.row("pve-docs minimum", Fmt.binary(plan.pveDocsMinimum().getAsLong()), "2 GiB + 1 GiB per TiB of pool");
    }
    S000ArcAdvice s = plan.s000();
    p.row("s000 table", s.lowBytes() == s.highBytes() ? Fmt.binary(s.lowBytes())
            : Fmt.binary(s.lowBytes()) + " – " + Fmt.binary(s.highBytes()),
        s.inTable()
            ? "row " + s.rowRamGiB() + " GB" + (s.ramBytes() == (long) s.rowRamGiB() << 30 ? "" : ", scaled to this RAM")
            : "outside its 32–512 GB rows; same fraction of RAM");
    p.render(out, "  ");

    if (!plan.warnings().isEmpty()) {
      out.append("\nWarnings\n");
      for (String w : plan.warnings()) {
        out.append("  ").append(w).append('\n');
      }
    }
    out.append("\n/etc/modprobe.d/zfs.conf\n  ")
        .append(plan.modprobeLine())
        .append("\nApply now (no reboot)\n  echo ")
        .append(plan.recommendedMax())
        .append(" > /sys/module/zfs/parameters/zfs_arc_max\n  echo ")
        .append(plan.recommendedMin())
        .append(" > /sys/module/zfs/parameters/zfs_arc_min\n")
        .append("With root on ZFS, also run: update-initramfs -u -k all\n");
    return out.toString();
  }
}

package dev.pvetune.zfs;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

/**
 * Picks zfs_arc_max for a Proxmox host.
 *
 * <ol>
 *   <li>Floor: the pve-docs minimum, 2 GiB + 1 GiB per TiB of pool (2 GiB if the pool size is
 *       unknown).
 *   <li>Wish: the larger of the floor and the s000 table's lower figure (RAM / 8).
 *   <li>Budget: RAM − guest RAM − host reserve. The recommendation is the wish, cut to the
 *       budget, never below 1 GiB nor above RAM − 1 GiB, rounded to 256 MiB (up if the budget
 *       allows).
 *   <li>zfs_arc_min is a quarter of it (s000), at least 32 MiB.
 * </ol>
 */
public final class ArcPlanner {
  static final long LEAST_RECOMMENDED = Bytes.GiB;
  static final long ROUNDING = 256 * Bytes.MiB;
  static final long LEAST_ARC_MIN = 32 * Bytes.MiB;

  private ArcPlanner() {}

  public static ArcPlan plan(ArcRequest req) {
    long ram = req.ramBytes();
    OptionalLong pveMin =
        req.poolBytes().isPresent()
            ? OptionalLong.of(ArcDefaults.pveDocsMinimum(req.poolBytes().getAsLong()))
            : OptionalLong.empty();
    long floor = pveMin.orElse(2 * Bytes.GiB);
    S000ArcAdvice s000 = S000ArcAdvice.forRam(ram);
    long wish = Math.max(floor, s000.lowBytes());
    long available = ram - req.guestRamBytes() - req.hostReserve();

    long ceiling = ram - Bytes.GiB;
    long rec = Math.min(Math.max(Math.min(wish, available), LEAST_RECOMMENDED), ceiling);
    long up = Bytes.roundUp(rec, ROUNDING);
    rec = up <= Math.min(Math.max(available, LEAST_RECOMMENDED), ceiling) ? up : Bytes.alignDown(rec, ROUNDING);
    rec = Math.max(rec, ArcDefaults.MIN_ARC_MAX);
    long recMin = Math.max(Bytes.alignDown(S000ArcAdvice.arcMinFor(rec), Bytes.MiB), LEAST_ARC_MIN);
    long headroom = available - rec;

    List<String> warnings = new ArrayList<>();
    if (rec < floor) {
      warnings.add(
          "the ARC fits only " + gib(rec) + " but the pve-docs rule asks for at least " + gib(floor)
              + (pveMin.isPresent() ? " for this pool" : "")
              + ": give guests less memory or add RAM");
    }
    if (headroom < 0) {
      warnings.add(
          "guests (" + gib(req.guestRamBytes()) + "), host reserve (" + gib(req.hostReserve())
              + ") and ARC (" + gib(rec) + ") exceed RAM (" + gib(ram) + ") by " + gib(-headroom)
              + ": the OOM killer will pick QEMU processes");
    }
    return new ArcPlan(
        req,
        ArcDefaults.openZfsMax(ram, req.version()),
        ArcDefaults.openZfsMin(ram, req.version()),
        ArcDefaults.proxmoxInstaller(ram),
        pveMin,
        s000,
        rec,
        recMin,
        available,
        headroom,
        warnings);
  }

  private static String gib(long bytes) {
    return java.math.BigDecimal.valueOf(bytes)
            .divide(java.math.BigDecimal.valueOf(Bytes.GiB), 2, java.math.RoundingMode.HALF_EVEN)
            .toPlainString()
        + " GiB";
  }
}

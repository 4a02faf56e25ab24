package dev.pvetune.settings;

import java.util.OptionalLong;

/**
 * The numbers rules compare against. The defaults are the catalogue's (docs/RULES.md); the
 * settings file can change each of them.
 *
 * @param poolFillMedium capacity percent from which POOL-003 reports at medium
 * @param poolFillHigh capacity percent from which POOL-003 reports at high
 * @param poolFillCritical capacity percent from which POOL-003 reports at critical
 * @param scrubMaxAgeDays days since the last finished scrub before POOL-014 reports
 * @param snapshotMaxCount snapshots of one guest before DISK-020 reports
 * @param snapshotMaxAgeDays age of a guest's oldest snapshot before DISK-020 reports
 * @param hostReserveBytes memory kept for the host itself in MEM-001; empty means the larger of
 *     2 GiB and 5% of RAM
 * @param arcHitRatioLow demand hit ratio percent below which MEM-004 reports at low
 * @param arcHitRatioMedium demand hit ratio percent below which MEM-004 reports at medium
 * @param arcMinAccesses demand accesses since boot before a hit ratio means something
 */
public record Thresholds(
    int poolFillMedium,
    int poolFillHigh,
    int poolFillCritical,
    int scrubMaxAgeDays,
    int snapshotMaxCount,
    int snapshotMaxAgeDays,
    OptionalLong hostReserveBytes,
    int arcHitRatioLow,
    int arcHitRatioMedium,
    long arcMinAccesses) {

  public static final Thresholds DEFAULTS = new Thresholds(80, 90, 95, 35, 10, 30, OptionalLong.empty(), 80, 70, 1_000_000L);

  /** The host reserve for a node with this much RAM. */
  public long hostReserve(long ramBytes) {
    return hostReserveBytes.orElse(dev.pvetune.zfs.ArcRequest.defaultHostReserve(ramBytes));
  }
}

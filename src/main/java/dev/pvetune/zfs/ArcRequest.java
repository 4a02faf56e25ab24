package dev.pvetune.zfs;

import java.util.OptionalLong;

/**
 * Inputs of an ARC budget.
 *
 * @param ramBytes host RAM
 * @param guestRamBytes memory given to VMs and containers
 * @param poolBytes total pool size, if known (for the pve-docs rule)
 * @param hostReserveBytes memory kept for the host itself, if given; else {@link #defaultHostReserve}
 * @param version the OpenZFS release on the host
 */
public record ArcRequest(
    long ramBytes,
    long guestRamBytes,
    OptionalLong poolBytes,
    OptionalLong hostReserveBytes,
    ZfsVersion version) {

  public ArcRequest {
    if (ramBytes < Bytes.GiB) {
      throw new IllegalArgumentException("RAM must be at least 1 GiB, got " + ramBytes + " bytes");
    }
    if (guestRamBytes < 0) {
      throw new IllegalArgumentException("guest RAM must not be negative");
    }
    if (poolBytes.isPresent() && poolBytes.getAsLong() <= 0) {
      throw new IllegalArgumentException("pool size must be positive");
    }
    if (hostReserveBytes.isPresent() && hostReserveBytes.getAsLong() < 0) {
      throw new IllegalArgumentException("host reserve must not be negative");
    }
  }

  /**
   * Memory for Proxmox itself (kernel, pve daemons, corosync, QEMU overhead): RAM / 16 within
   * 2–4 GiB, which is what the s000 table leaves between ARC and "available for VMs".
   */
  public static long defaultHostReserve(long ramBytes) {
    return Math.max(2 * Bytes.GiB, Bytes.mulDiv(ramBytes, 5, 100));
  }

  public long hostReserve() {
    return hostReserveBytes.orElse(defaultHostReserve(ramBytes));
  }
}

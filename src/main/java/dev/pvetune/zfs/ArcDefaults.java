package dev.pvetune.zfs;

import java.util.OptionalLong;

/**
 * What ARC limits a host gets when nobody sets them, and the two Proxmox rules.
 *
 * <p>RAM here is what the kernel counts ({@code MemTotal}, OpenZFS {@code arc_all_memory()});
 * the nominal DIMM size gives slightly larger figures.
 */
public final class ArcDefaults {
  /** MIN_ARC_MAX: OpenZFS ignores a zfs_arc_max below this. */
  public static final long MIN_ARC_MAX = 64 * Bytes.MiB;

  private ArcDefaults() {}

  /**
   * OpenZFS default zfs_arc_max on Linux ({@code module/os/linux/zfs/arc_os.c:
   * arc_default_max()}): half of RAM up to 2.2.x; from 2.3.0 the larger of 5/8 of RAM and RAM
   * minus 1 GiB (commit 6a629f3234).
   */
  public static long openZfsMax(long ramBytes, ZfsVersion version) {
    checkRam(ramBytes);
    long min = openZfsMinFormula(ramBytes);
    if (version.atLeast(2, 3, 0)) {
      long size = ramBytes >= Bytes.GiB ? ramBytes - Bytes.GiB : min;
      return Math.max(Bytes.mulDiv(ramBytes, 5, 8), size);
    }
    return Math.max(ramBytes / 2, min);
  }

  /**
   * OpenZFS default zfs_arc_min ({@code arc.c: arc_set_limits()}): the larger of 1/32 of RAM and
   * 32 MiB, since 0.8.0. Older releases are not modelled and give an empty result.
   */
  public static OptionalLong openZfsMin(long ramBytes, ZfsVersion version) {
    checkRam(ramBytes);
    return version.before(0, 8, 0) ? OptionalLong.empty() : OptionalLong.of(openZfsMinFormula(ramBytes));
  }

  private static long openZfsMinFormula(long ramBytes) {
    return Math.max(ramBytes / 32, 32 * Bytes.MiB);
  }

  /**
   * zfs_arc_max the Proxmox VE installer (8.1+) writes to /etc/modprobe.d/zfs.conf: 10 % of RAM
   * rounded to whole MiB, clamped to 64 MiB – 16 GiB ({@code Proxmox/Install/RunEnv.pm:
   * default_zfs_arc_max()}).
   */
  public static long proxmoxInstaller(long ramBytes) {
    checkRam(ramBytes);
    long mib = ramBytes / Bytes.MiB;
    long tenth = (mib + 5) / 10;
    return Math.min(Math.max(tenth, 64), 16384) * Bytes.MiB;
  }

  /** The pve-docs rule of thumb for the least ARC: 2 GiB plus 1 GiB per TiB of storage. */
  public static long pveDocsMinimum(long poolBytes) {
    if (poolBytes < 0) {
      throw new IllegalArgumentException("pool size must not be negative, got " + poolBytes);
    }
    return 2 * Bytes.GiB + Bytes.ceilDiv(poolBytes, 1024);
  }

  private static void checkRam(long ramBytes) {
    if (ramBytes <= 0) {
      throw new IllegalArgumentException("RAM must be positive, got " + ramBytes);
    }
  }
}

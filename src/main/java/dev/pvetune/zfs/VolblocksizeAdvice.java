package dev.pvetune.zfs;

import java.util.List;

/**
 * A volblocksize for VM disks on a vdev: among 16K, 32K and 64K, the one with the best space
 * efficiency, the smallest on a tie. Below 16K raidz and dRAID pay mirror-like parity and
 * padding (and Proxmox/OpenZFS default to 16K since 2.2); above 64K a 4K guest write rewrites
 * too much. Larger candidates only win when they save space, so their read-modify-write cost
 * buys something.
 *
 * @param volblocksize the recommendation
 * @param allocation how one such block is stored
 * @param efficiency logical bytes per raw byte at that size
 */
public record VolblocksizeAdvice(long volblocksize, BlockAllocation allocation, double efficiency) {

  static final List<Long> CANDIDATES = List.of(16 * Bytes.KiB, 32 * Bytes.KiB, 64 * Bytes.KiB);

  public static VolblocksizeAdvice forVdev(TopLevelVdev vdev) {
    BlockAllocation best = null;
    for (long size : CANDIDATES) {
      BlockAllocation a = vdev.allocate(size);
      // a is strictly better if psize_a / raw_a > psize_best / raw_best.
      if (best == null || a.psize() * best.rawBytes() > best.psize() * a.rawBytes()) {
        best = a;
      }
    }
    return new VolblocksizeAdvice(best.psize(), best, best.efficiency());
  }
}

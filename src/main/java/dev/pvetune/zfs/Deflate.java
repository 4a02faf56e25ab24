package dev.pvetune.zfs;

/**
 * RAIDZ/dRAID deflation: how {@code zfs list} turns allocated bytes into charged bytes.
 *
 * <p>OpenZFS {@code vdev_set_deflate_ratio()} fixes the ratio from a 128K block at txg 0:
 * {@code r = 2^17 / (asize(128K) >> 9)}, in 1/512 units; {@code vdev_deflated_space()} charges
 * {@code (space >> 9) * r}. Mirrors and single disks have r = 512.
 */
public final class Deflate {
  /** SPA_OLD_MAXBLOCKSIZE: the "typical" block the ratio is computed from. */
  public static final long REFERENCE_BLOCK = 128 * Bytes.KiB;

  /** r = 512 means no deflation. */
  public static final int UNITY = 512;

  private Deflate() {}

  public static int ratio(VdevLayout layout, int ashift) {
    long asize = layout.allocate(REFERENCE_BLOCK, ashift).allocatedBytes();
    return (int) (REFERENCE_BLOCK / (asize >> 9));
  }

  public static long charged(long allocatedBytes, int ratio) {
    return (allocatedBytes >> 9) * ratio;
  }
}

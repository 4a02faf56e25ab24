package dev.pvetune.zfs;

/**
 * How one block of {@code psize} physical bytes is laid out on a top-level vdev.
 *
 * @param psize the block's physical (post-compression) size
 * @param ashift the vdev's sector shift; sectors are {@code 1 << ashift} bytes
 * @param dataSectors sectors holding data
 * @param redundancySectors raidz/dRAID parity sectors, or the extra copies of a mirror
 * @param skipSectors raidz padding ("skip") sectors, dRAID row fill; allocated but hold no data
 * @param allocatedBytes what the vdev allocates in its own address space: {@code zpool list
 *     ALLOC} grows by this; a mirror counts one copy
 * @param rawBytes bytes taken on the member disks, all copies and parity included
 */
public record BlockAllocation(
    long psize,
    int ashift,
    long dataSectors,
    long redundancySectors,
    long skipSectors,
    long allocatedBytes,
    long rawBytes) {

  public long sectorBytes() {
    return 1L << ashift;
  }

  public long totalSectors() {
    return dataSectors + redundancySectors + skipSectors;
  }

  /** Logical bytes per raw disk byte: psize / rawBytes. */
  public double efficiency() {
    return (double) psize / rawBytes;
  }

  /**
   * What {@code zfs list} USED/REFER is charged for this block on a vdev with the given deflate
   * ratio: {@code (asize >> 9) * ratio} (OpenZFS {@code bp_get_dsize_sync()}).
   */
  public long chargedBytes(int deflateRatio) {
    return Deflate.charged(allocatedBytes, deflateRatio);
  }
}

package dev.pvetune.zfs;

/**
 * One block size on a planned pool.
 *
 * @param blockBytes the volblocksize or recordsize (uncompressed)
 * @param allocation how the block is stored
 * @param chargedBytes what {@code zfs list} charges for it
 * @param thickZvol refreservation of a thick 100 GiB zvol with this volblocksize
 * @param guest4kWrite cost of one 4K guest write into such a block
 */
public record BlockSizeRow(
    long blockBytes,
    BlockAllocation allocation,
    long chargedBytes,
    ZvolReservation thickZvol,
    WriteCost guest4kWrite) {

  /** Charged bytes per logical byte: 1.0 at the deflate ratio's 128K efficiency. */
  public double chargeFactor() {
    return (double) chargedBytes / blockBytes;
  }
}

package dev.pvetune.zfs;

/**
 * What one aligned guest write costs on the devices.
 *
 * @param guestWriteBytes the guest's write size
 * @param blockBytes the zvol's volblocksize (or the dataset's recordsize)
 * @param blocksWritten blocks rewritten (copy-on-write) by the write
 * @param readModifyWrite whether the old block must be read first (a partial block write)
 * @param readBytes device bytes read for that, if the block is not in ARC
 * @param allocatedBytes vdev space allocated for the new blocks
 * @param rawWriteBytes bytes written to the member disks: data, parity, padding, mirror copies
 */
public record WriteCost(
    long guestWriteBytes,
    long blockBytes,
    long blocksWritten,
    boolean readModifyWrite,
    long readBytes,
    long allocatedBytes,
    long rawWriteBytes) {

  /** Device bytes written per guest byte. */
  public double deviceAmplification() {
    return (double) rawWriteBytes / guestWriteBytes;
  }

  /** Block bytes rewritten per guest byte (the DMU-level factor, before parity or copies). */
  public double blockAmplification() {
    return (double) (blocksWritten * blockBytes) / guestWriteBytes;
  }
}

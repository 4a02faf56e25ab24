package dev.pvetune.zfs;

/**
 * Read-modify-write cost of guest writes of one size onto blocks of another
 * ({@code module/zfs/dmu.c: dmu_write_uio_dnode()}: a write covering a whole block fills it, a
 * partial write dirties it, which reads the old block unless it is cached).
 *
 * <p>Assumptions: writes are aligned to their size; data is incompressible; the block is neither
 * in ARC nor already dirty in the open transaction group (several writes to one block within a
 * txg are merged into one block write); indirect blocks and the ZIL are left out. Sizes are
 * powers of two, so a write either covers whole blocks or lies inside one.
 */
public final class WriteAmplification {
  private WriteAmplification() {}

  public static WriteCost of(long guestWriteBytes, long blockBytes, TopLevelVdev vdev) {
    checkSize("guest write size", guestWriteBytes);
    checkSize("block size", blockBytes);
    BlockAllocation block = vdev.allocate(blockBytes);
    long blocks = guestWriteBytes >= blockBytes ? guestWriteBytes / blockBytes : 1;
    boolean rmw = guestWriteBytes < blockBytes;
    // Only data columns are read back (raidz/dRAID); a mirror reads one side.
    long read = rmw ? block.dataSectors() << block.ashift() : 0;
    return new WriteCost(
        guestWriteBytes,
        blockBytes,
        blocks,
        rmw,
        read,
        blocks * block.allocatedBytes(),
        blocks * block.rawBytes());
  }

  private static void checkSize(String what, long bytes) {
    if (!Bytes.isPowerOfTwo(bytes) || bytes < 512 || bytes > 16 * Bytes.MiB) {
      throw new IllegalArgumentException(
          what + " must be a power of two from 512 to 16M, got " + bytes);
    }
  }
}

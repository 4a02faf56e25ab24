package dev.pvetune.zfs;

import java.util.List;

/**
 * The {@code refreservation} ZFS sets on a thick (non-sparse) zvol: what Proxmox creates unless
 * the storage has {@code sparse 1}. OpenZFS {@code lib/libzfs/libzfs_dataset.c:
 * zvol_volsize_to_reservation()}; since 2.0.0 the data part is scaled by the raidz/dRAID
 * allocation of one volblocksize block relative to a 128K block, on the least efficient
 * top-level vdev ({@code volsize_from_vdevs()}).
 *
 * @param volsize the zvol's size
 * @param volblocksize its block size
 * @param copies the {@code copies} property
 * @param dataBytes reservation for one copy of the data blocks
 * @param indirectBlocks metadnode and indirect blocks counted (before copies)
 * @param metadataBytes reservation for them: blocks × min(copies + 1, 3) × 128K
 * @param refreservationBytes the property's value: dataBytes × copies + metadataBytes
 */
public record ZvolReservation(
    long volsize,
    long volblocksize,
    int copies,
    long dataBytes,
    long indirectBlocks,
    long metadataBytes,
    long refreservationBytes) {

  private static final long INDIRECT_BLOCK = 1L << 17; // DN_MAX_INDBLKSHIFT
  private static final long BLOCK_POINTERS_PER_INDIRECT = 1024; // DNODES_PER_LEVEL
  private static final int MAX_DVAS = 3; // SPA_DVAS_PER_BP

  public static ZvolReservation of(
      long volsize, long volblocksize, List<TopLevelVdev> vdevs, int copies, ZfsVersion version) {
    if (!Bytes.isPowerOfTwo(volblocksize) || volblocksize < 512 || volblocksize > 16 * Bytes.MiB) {
      throw new IllegalArgumentException(
          "volblocksize must be a power of two from 512 to 16M, got " + volblocksize);
    }
    if (volsize <= 0 || volsize % volblocksize != 0) {
      throw new IllegalArgumentException(
          "volsize must be a positive multiple of volblocksize (" + volblocksize + "), got " + volsize);
    }
    if (copies < 1 || copies > 3) {
      throw new IllegalArgumentException("copies must be 1, 2 or 3, got " + copies);
    }
    if (vdevs.isEmpty()) {
      throw new IllegalArgumentException("a pool has at least one top-level vdev");
    }
    long nblocks = volsize / volblocksize;
    long data = version.before(2, 0, 0) ? volsize : dataFromVdevs(nblocks, volblocksize, vdevs);

    long numdb = 7; // metadnode L0-L6
    for (long n = nblocks; n > 1; ) {
      n = Bytes.ceilDiv(n, BLOCK_POINTERS_PER_INDIRECT);
      numdb += n;
    }
    long metadata = numdb * Math.min(MAX_DVAS, copies + 1) * INDIRECT_BLOCK;
    long total = saturatingAdd(saturatingMultiply(data, copies), metadata);
    return new ZvolReservation(volsize, volblocksize, copies, data, numdb, metadata, total);
  }

  private static long dataFromVdevs(long nblocks, long blksize, List<TopLevelVdev> vdevs) {
    long ret = 0;
    for (TopLevelVdev v : vdevs) {
      if (v.layout() instanceof VdevLayout.Mirror || v.layout() instanceof VdevLayout.Stripe) {
        continue;
      }
      long tsize = v.allocate(Deflate.REFERENCE_BLOCK).allocatedBytes();
      long asize = v.allocate(blksize).allocatedBytes();
      // (nblocks * asize) / (tsize >> 9), then * 256, saturating like the C code.
      long scaled = Bytes.mulDiv(nblocks, asize, tsize >> 9);
      long volsize = saturatingMultiply(scaled, Deflate.REFERENCE_BLOCK >> 9);
      ret = Math.max(ret, volsize);
    }
    return ret == 0 ? nblocks * blksize : ret;
  }

  private static long saturatingMultiply(long a, long b) {
    long high = Math.multiplyHigh(a, b);
    long low = a * b;
    return high != 0 || low < 0 ? Long.MAX_VALUE : low;
  }

  private static long saturatingAdd(long a, long b) {
    long sum = a + b;
    return sum < 0 ? Long.MAX_VALUE : sum;
  }
}

package dev.pvetune.zfs;

/**
 * Pool SIZE, slop and usable space from the pool's geometry, following OpenZFS step by step:
 * leaf asize ({@code vdev_open()}), top-level asize ({@code vdev_*_open()}), metaslabs
 * ({@code vdev_metaslab_set_size()}, {@code vdev_metaslab_init()}, dRAID
 * {@code vdev_draid_metaslab_init()}), deflation ({@code vdev_deflated_space()}), slop
 * ({@code spa_get_slop_space()}) and {@code dsl_pool_adjustedsize()}.
 */
public final class CapacityModel {
  private CapacityModel() {}

  /** A new pool: the metaslab size follows from the vdev size and the creating release. */
  public static PoolCapacity compute(PoolGeometry g) {
    return compute(g, Metaslabs.shift(vdevAsize(g), g.version()));
  }

  /**
   * An existing pool whose metaslab shift is known ({@code metaslab_shift} in {@code zdb -C}); it
   * was fixed by the release that created the vdev, which may differ from the one running now.
   */
  public static PoolCapacity compute(PoolGeometry g, int metaslabShift) {
    if (metaslabShift < 24 || metaslabShift > 62) {
      throw new IllegalArgumentException("metaslab shift must be 24 to 62, got " + metaslabShift);
    }
    VdevLayout layout = g.layout();
    ZfsVersion version = g.version();
    long leaf = DiskPartitioning.leafAsize(g.childOsize());
    long asize = vdevAsize(g);
    int shift = metaslabShift;
    long count = Metaslabs.count(asize, shift);
    int ratio = Deflate.ratio(layout, g.ashift());

    long metaslabBytes;
    long firstMetaslab;
    if (layout instanceof VdevLayout.Draid draid) {
      long group = (long) draid.groupWidth() << g.ashift();
      metaslabBytes = draidMetaslabBytes(count, shift, group);
      firstMetaslab = Bytes.alignDown(1L << shift, group);
    } else {
      metaslabBytes = count << shift;
      firstMetaslab = 1L << shift;
    }

    // vdev_metaslab_init() moves the emptiest metaslab to the embedded-log class; on a new
    // pool all are empty and the first one wins.
    int embedded = Metaslabs.hasEmbeddedLog(count, version) ? 1 : 0;
    long embeddedBytes = embedded * firstMetaslab;
    long normalDspace = Deflate.charged(metaslabBytes - embeddedBytes, ratio);
    long embeddedDspace = Deflate.charged(embeddedBytes, ratio);
    VdevCapacity vdev =
        new VdevCapacity(
            leaf, asize, shift, count, metaslabBytes, embedded, embeddedBytes, normalDspace,
            embeddedDspace);

    int n = g.vdevCount();
    long size = Math.multiplyExact(metaslabBytes, n);
    long poolNormal = Math.multiplyExact(normalDspace, n);
    long poolEmbedded = Math.multiplyExact(embeddedDspace, n);
    SlopRule rule = SlopRule.forVersion(version);
    long slop = rule.slop(poolNormal, poolEmbedded);
    return new PoolCapacity(
        g, vdev, ratio, rule, size, poolNormal, poolEmbedded, slop, poolNormal - slop);
  }

  private static long vdevAsize(PoolGeometry g) {
    long asize = g.layout().vdevAsize(DiskPartitioning.leafAsize(g.childOsize()));
    if (asize <= 0) {
      throw new IllegalArgumentException(
          "devices of " + g.childOsize() + " bytes are too small for " + g.layout().name()
              + " (dRAID reserves 32 MiB per child and allocates whole 16 MiB rows)");
    }
    return asize;
  }

  /**
   * Sum of dRAID metaslab sizes ({@code vdev_draid_metaslab_init()}): metaslab m starts at
   * {@code m << shift}, is moved up to a multiple of the group size and trimmed to whole groups.
   * The start's offset within a group repeats every {@code odd part of groupWidth} metaslabs (the
   * power-of-two part of the group size divides 2^shift), so one period is summed and multiplied.
   */
  static long draidMetaslabBytes(long count, int shift, long group) {
    long period = group >>> Long.numberOfTrailingZeros(group);
    long periodSum = 0;
    long partialSum = 0;
    long remainder = count % period;
    for (long m = 0; m < Math.min(period, count); m++) {
      long size = draidMetaslabSize(m, shift, group);
      periodSum += size;
      if (m < remainder) {
        partialSum += size;
      }
    }
    return count < period ? periodSum : (count / period) * periodSum + partialSum;
  }

  static long draidMetaslabSize(long m, int shift, long group) {
    long start = m << shift;
    long alignedStart = Bytes.roundUp(start, group);
    return Bytes.alignDown((1L << shift) - (alignedStart - start), group);
  }
}

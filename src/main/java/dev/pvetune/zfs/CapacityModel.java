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

  public static PoolCapacity compute(PoolGeometry g) {
    VdevLayout layout = g.layout();
    ZfsVersion version = g.version();
    long leaf = DiskPartitioning.leafAsize(g.childOsize());
    long asize = layout.vdevAsize(leaf);
    if (asize <= 0) {
      throw new IllegalArgumentException(
          "devices of " + g.childOsize() + " bytes are too small for " + layout.name()
              + " (dRAID reserves 32 MiB per child and allocates whole 16 MiB rows)");
    }
    int shift = Metaslabs.shift(asize, version);
    long count = Metaslabs.count(asize, shift);
    int ratio = Deflate.ratio(layout, g.ashift());

    long metaslabBytes;
    long firstMetaslab;
    if (layout instanceof VdevLayout.Draid draid) {
      long group = (long) draid.groupWidth() << g.ashift();
      long size = 1L << shift;
      metaslabBytes = 0;
      for (long m = 0; m < count; m++) {
        long start = m << shift;
        long alignedStart = Bytes.roundUp(start, group);
        metaslabBytes += Bytes.alignDown(size - (alignedStart - start), group);
      }
      firstMetaslab = Bytes.alignDown(size, group);
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
}

package dev.pvetune.zfs;

/** A top-level vdev's layout and sector shift: all a per-block calculation needs. */
public record TopLevelVdev(VdevLayout layout, int ashift) {
  public TopLevelVdev {
    if (layout == null) {
      throw new IllegalArgumentException("layout is required");
    }
    if (ashift < 9 || ashift > 16) {
      throw new IllegalArgumentException("ashift must be between 9 and 16, got " + ashift);
    }
  }

  public BlockAllocation allocate(long psize) {
    return layout.allocate(psize, ashift);
  }

  public int deflateRatio() {
    return Deflate.ratio(layout, ashift);
  }

  /** Bytes {@code zfs list} charges for one uncompressed block of this size. */
  public long chargedBytes(long psize) {
    return allocate(psize).chargedBytes(deflateRatio());
  }

  /**
   * Charged bytes per logical byte for blocks of this size: 1.0 for 128K blocks (up to the
   * ratio's rounding), 2.0 where a block costs twice what the 128K rate assumes.
   */
  public double chargeFactor(long psize) {
    return (double) chargedBytes(psize) / psize;
  }
}

package dev.pvetune.zfs;

/**
 * A pool of {@code vdevCount} identical top-level vdevs.
 *
 * @param layout the shape of each top-level vdev
 * @param vdevCount number of top-level vdevs
 * @param childOsize bytes of each member partition as ZFS sees it (the smallest, if they differ)
 * @param ashift sector shift of the vdevs
 * @param version the OpenZFS release that creates (metaslab size) and runs (slop) the pool
 */
public record PoolGeometry(
    VdevLayout layout, int vdevCount, long childOsize, int ashift, ZfsVersion version) {

  public PoolGeometry {
    if (layout == null || version == null) {
      throw new IllegalArgumentException("layout and version are required");
    }
    if (vdevCount < 1) {
      throw new IllegalArgumentException("a pool needs at least one vdev, got " + vdevCount);
    }
    if (ashift < 9 || ashift > 16) {
      throw new IllegalArgumentException("ashift must be between 9 and 16, got " + ashift);
    }
    if (childOsize < DiskPartitioning.MIN_DEVICE_BYTES) {
      throw new IllegalArgumentException(
          "each device must offer ZFS at least 64 MiB (67108864 bytes), got " + childOsize);
    }
    if (layout instanceof VdevLayout.Draid && version.before(2, 1, 0)) {
      throw new IllegalArgumentException("dRAID needs OpenZFS 2.1.0 or later, got " + version);
    }
  }

  public int totalDisks() {
    return Math.multiplyExact(layout.disks(), vdevCount);
  }

  public TopLevelVdev topLevelVdev() {
    return new TopLevelVdev(layout, ashift);
  }
}

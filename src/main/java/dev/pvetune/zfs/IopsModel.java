package dev.pvetune.zfs;

/**
 * Relative IOPS and streaming bandwidth per layout, in units of one member disk.
 *
 * <ul>
 *   <li>Single disk: 1× everything.
 *   <li>N-way mirror: random and streaming reads N× ({@code vdev_mirror} spreads reads over the
 *       sides), writes 1× (every side writes every block).
 *   <li>RAIDZ-p of n disks: random read and write about 1× (a full-width block touches every
 *       disk), streaming (n − p)×.
 *   <li>dRAID-p with d data disks and c children, s spares: like (c − s)/(d + p) raidz groups
 *       of width d + p (each block lives in one group; groups are spread over all children).
 *   <li>A pool is the sum of its top-level vdevs (writes are striped across them).
 * </ul>
 *
 * Sources: pve-docs local-zfs.adoc "Performance"; the TrueNAS "ZFS Storage Pool Layout" white
 * paper (2023); Ahrens 2014. Small blocks on wide raidz can read faster than 1× (only their own
 * data columns are read); the model keeps the conservative full-stripe figure.
 */
public final class IopsModel {
  private IopsModel() {}

  public static RelativeIops vdev(VdevLayout layout) {
    if (layout instanceof VdevLayout.Mirror m) {
      return new RelativeIops(m.ways(), 1, m.ways(), 1);
    }
    if (layout instanceof VdevLayout.Raidz r) {
      int data = r.width() - r.parity();
      return new RelativeIops(1, 1, data, data);
    }
    if (layout instanceof VdevLayout.Draid d) {
      double groups = (double) (d.children() - d.spares()) / d.groupWidth();
      return new RelativeIops(groups, groups, groups * d.data(), groups * d.data());
    }
    return new RelativeIops(1, 1, 1, 1);
  }

  public static RelativeIops pool(VdevLayout layout, int vdevCount) {
    return vdev(layout).times(vdevCount);
  }

  /** The same disks as two-way mirrors (an odd disk left out): the usual VM alternative. */
  public static RelativeIops asTwoWayMirrors(int disks) {
    if (disks < 2) {
      throw new IllegalArgumentException("two-way mirrors need at least 2 disks, got " + disks);
    }
    return pool(new VdevLayout.Mirror(2), disks / 2);
  }
}

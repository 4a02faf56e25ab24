package dev.pvetune.zfs;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Every sensible layout for a set of identical disks, ranked for VM workloads.
 *
 * <p>Candidates: two-way mirrors (even disk count) and three-way mirrors (count divisible by 3);
 * raidz1/2/3 at every width that divides the disk count and has at least p + 2 disks (p + 1
 * disks is a mirror with worse IOPS; Proxmox requires p + 2); for 10 or more disks, one dRAID
 * vdev over all of them with one distributed spare and 4 or 8 data disks per group (pve-docs:
 * dRAID is meant for more than 10–15 disks). Single-disk stripes are left out: no redundancy.
 *
 * <p>Ranking: random IOPS first (50/50 read/write mix, {@link IopsModel}), then usable space
 * for 16K blocks, then failure tolerance, then the name.
 */
public final class LayoutComparison {
  static final int DRAID_MIN_DISKS = 10;
  static final long BLOCK = 16 * Bytes.KiB;

  private LayoutComparison() {}

  public static List<LayoutCandidate> compare(
      int disks, long childOsize, int ashift, ZfsVersion version) {
    if (disks < 2) {
      throw new IllegalArgumentException("comparing layouts needs at least 2 disks, got " + disks);
    }
    List<LayoutCandidate> unranked = new ArrayList<>();
    for (Shape s : shapes(disks, version)) {
      unranked.add(candidate(s, childOsize, ashift, version));
    }
    unranked.sort(
        Comparator.comparingDouble((LayoutCandidate c) -> c.iops().randomMixed())
            .reversed()
            .thenComparing(Comparator.comparingLong(LayoutCandidate::usableAt16kBytes).reversed())
            .thenComparing(
                Comparator.comparingInt((LayoutCandidate c) -> c.tolerance().anyDisks()).reversed())
            .thenComparing(LayoutCandidate::label));
    List<LayoutCandidate> ranked = new ArrayList<>(unranked.size());
    for (int i = 0; i < unranked.size(); i++) {
      LayoutCandidate c = unranked.get(i);
      ranked.add(
          new LayoutCandidate(
              i + 1, c.layout(), c.vdevCount(), c.capacity(), c.block16k(), c.usableAt16kBytes(),
              c.iops(), c.tolerance(), c.volblocksize()));
    }
    return List.copyOf(ranked);
  }

  private record Shape(VdevLayout layout, int vdevCount) {}

  private static List<Shape> shapes(int disks, ZfsVersion version) {
    List<Shape> shapes = new ArrayList<>();
    for (int ways = 2; ways <= 3; ways++) {
      if (disks % ways == 0) {
        shapes.add(new Shape(new VdevLayout.Mirror(ways), disks / ways));
      }
    }
    for (int p = 1; p <= 3; p++) {
      for (int width = p + 2; width <= Math.min(disks, 255); width++) {
        if (disks % width == 0) {
          shapes.add(new Shape(new VdevLayout.Raidz(p, width), disks / width));
        }
      }
    }
    if (disks >= DRAID_MIN_DISKS && disks <= 255 && version.atLeast(2, 1, 0)) {
      for (int p = 1; p <= 3; p++) {
        for (int data : new int[] {4, 8}) {
          if (data + p + 1 <= disks) {
            shapes.add(new Shape(new VdevLayout.Draid(p, data, disks, 1), 1));
          }
        }
      }
    }
    return shapes;
  }

  private static LayoutCandidate candidate(Shape s, long childOsize, int ashift, ZfsVersion v) {
    PoolGeometry g = new PoolGeometry(s.layout(), s.vdevCount(), childOsize, ashift, v);
    PoolCapacity capacity = CapacityModel.compute(g);
    TopLevelVdev vdev = g.topLevelVdev();
    BlockAllocation block = vdev.allocate(BLOCK);
    long charged = block.chargedBytes(capacity.deflateRatio());
    long usableAt16k = Bytes.mulDiv(capacity.usableBytes(), BLOCK, charged);
    return new LayoutCandidate(
        0,
        s.layout(),
        s.vdevCount(),
        capacity,
        block,
        usableAt16k,
        IopsModel.pool(s.layout(), s.vdevCount()),
        FailureTolerance.of(s.layout(), s.vdevCount()),
        VolblocksizeAdvice.forVdev(vdev));
  }
}

package dev.pvetune.zfs;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** Builds a {@link PoolPlan}: the capacity pipeline plus per-block and per-release views. */
public final class PoolPlanner {
  /** Block sizes of the plan's table: 4K to 1M. */
  public static final List<Long> BLOCK_SIZES =
      List.of(4 * Bytes.KiB, 8 * Bytes.KiB, 16 * Bytes.KiB, 32 * Bytes.KiB, 64 * Bytes.KiB,
          128 * Bytes.KiB, 256 * Bytes.KiB, 512 * Bytes.KiB, Bytes.MiB);

  /** The thick zvol the table reserves for. */
  public static final long SAMPLE_ZVOL_BYTES = 100 * Bytes.GiB;

  /** Releases whose space rules differ: slop rule, metaslab sizing, embedded log. */
  private static final List<VersionEpoch> EPOCHS =
      List.of(
          new VersionEpoch("0.6.4 and older", ZfsVersion.of(0, 6, 4)),
          new VersionEpoch("0.6.5.x", ZfsVersion.of(0, 6, 5)),
          new VersionEpoch("0.7.x", ZfsVersion.of(0, 7, 0)),
          new VersionEpoch("0.8.0 – 2.0.5", ZfsVersion.of(0, 8, 0)),
          new VersionEpoch("2.0.6", ZfsVersion.of(2, 0, 6)),
          new VersionEpoch("2.1.0 and later", ZfsVersion.of(2, 1, 0)));

  private record VersionEpoch(String releases, ZfsVersion first) {}

  private PoolPlanner() {}

  /**
   * @param geometry the pool
   * @param diskBytes the disks' vendor size, if known
   * @param logicalSectorBytes the sector size the partition was computed with
   */
  public static PoolPlan plan(PoolGeometry geometry, OptionalLong diskBytes, int logicalSectorBytes) {
    PoolCapacity capacity = CapacityModel.compute(geometry);
    TopLevelVdev vdev = geometry.topLevelVdev();
    List<TopLevelVdev> vdevs = List.of(vdev);
    int ratio = capacity.deflateRatio();

    List<BlockSizeRow> rows = new ArrayList<>(BLOCK_SIZES.size());
    for (long size : BLOCK_SIZES) {
      BlockAllocation a = vdev.allocate(size);
      rows.add(
          new BlockSizeRow(
              size,
              a,
              a.chargedBytes(ratio),
              ZvolReservation.of(SAMPLE_ZVOL_BYTES, size, vdevs, 1, geometry.version()),
              WriteAmplification.of(4 * Bytes.KiB, size, vdev)));
    }

    List<VersionRow> versions = new ArrayList<>();
    for (VersionEpoch e : EPOCHS) {
      if (geometry.layout() instanceof VdevLayout.Draid && e.first().before(2, 1, 0)) {
        continue;
      }
      PoolGeometry old =
          new PoolGeometry(
              geometry.layout(), geometry.vdevCount(), geometry.childOsize(), geometry.ashift(),
              e.first());
      versions.add(new VersionRow(e.releases(), CapacityModel.compute(old)));
    }

    return new PoolPlan(
        diskBytes,
        logicalSectorBytes,
        capacity,
        rows,
        versions,
        FailureTolerance.of(geometry.layout(), geometry.vdevCount()),
        IopsModel.pool(geometry.layout(), geometry.vdevCount()),
        geometry.totalDisks() >= 2
            ? Optional.of(IopsModel.asTwoWayMirrors(geometry.totalDisks()))
            : Optional.empty(),
        VolblocksizeAdvice.forVdev(vdev));
  }
}

package dev.pvetune.zfs;

import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Everything {@code pvetune plan pool} reports about one layout.
 *
 * @param diskBytes the disks' vendor size, if given (absent when the partition size was given)
 * @param logicalSectorBytes sector size used for the whole-disk partition (512 or 4096)
 * @param capacity SIZE, slop and usable space
 * @param blockSizes per block size 4K–1M: allocation, charge, thick-zvol reservation, RMW
 * @param byVersion usable space under each OpenZFS release's rules, oldest first
 * @param tolerance disk failures survived
 * @param iops relative IOPS of this layout
 * @param iopsAsTwoWayMirrors the same disks as two-way mirrors, for comparison (absent for one disk)
 * @param volblocksize recommended volblocksize for VM disks
 */
public record PoolPlan(
    OptionalLong diskBytes,
    int logicalSectorBytes,
    PoolCapacity capacity,
    List<BlockSizeRow> blockSizes,
    List<VersionRow> byVersion,
    FailureTolerance tolerance,
    RelativeIops iops,
    Optional<RelativeIops> iopsAsTwoWayMirrors,
    VolblocksizeAdvice volblocksize) {

  public PoolPlan {
    blockSizes = List.copyOf(blockSizes);
    byVersion = List.copyOf(byVersion);
  }

  public PoolGeometry geometry() {
    return capacity.geometry();
  }

  /** Naive "disks minus parity" figure from the vendor size (absent without it). */
  public OptionalLong nominalBytes() {
    if (diskBytes.isEmpty()) {
      return OptionalLong.empty();
    }
    PoolGeometry g = geometry();
    return OptionalLong.of(
        Math.multiplyExact(g.layout().nominalDataBytes(diskBytes.getAsLong()), g.vdevCount()));
  }

  /** Nominal data share of {@code zpool list SIZE}: after partitioning, labels, metaslabs. */
  public long nominalShareOfSize() {
    PoolGeometry g = geometry();
    return g.layout().nominalShare(capacity.zpoolSizeBytes());
  }
}

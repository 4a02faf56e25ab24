package dev.pvetune.zfs;

/**
 * One way to arrange a set of disks, as ranked by {@link LayoutComparison}.
 *
 * @param rank 1 = best for VM workloads
 * @param layout each top-level vdev's shape
 * @param vdevCount top-level vdevs
 * @param capacity SIZE, slop, usable
 * @param block16k allocation of a 16K block (the Proxmox default volblocksize)
 * @param usableAt16kBytes logical bytes of 16K-block zvols that fit: usable space scaled by what
 *     {@code zfs list} charges for a 16K block
 * @param iops relative IOPS
 * @param tolerance failures survived
 * @param volblocksize recommended volblocksize
 */
public record LayoutCandidate(
    int rank,
    VdevLayout layout,
    int vdevCount,
    PoolCapacity capacity,
    BlockAllocation block16k,
    long usableAt16kBytes,
    RelativeIops iops,
    FailureTolerance tolerance,
    VolblocksizeAdvice volblocksize) {

  /** "6 × 2-way mirror", "2 × 6-wide raidz2", "1 × draid2:8d:24c:1s". */
  public String label() {
    return vdevCount + " × " + (layout instanceof VdevLayout.Draid ? layout.name() : layout.describe());
  }
}

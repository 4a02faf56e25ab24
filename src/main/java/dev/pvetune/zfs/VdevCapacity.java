package dev.pvetune.zfs;

/**
 * Space of one top-level vdev.
 *
 * @param leafAsize usable bytes of each member after labels and boot area
 * @param asize the vdev's allocatable size (raidz: leaf × width; dRAID: whole rows)
 * @param metaslabShift log2 of the metaslab size ({@code metaslab_shift} in {@code zdb -C})
 * @param metaslabCount metaslabs on the vdev
 * @param metaslabBytes raw bytes in all metaslabs: the vdev's share of {@code zpool list SIZE}
 * @param embeddedLogMetaslabs metaslabs set aside for ZIL blocks (0 or 1; OpenZFS 2.1.0+)
 * @param embeddedLogBytes raw bytes of those metaslabs
 * @param normalDspace deflated bytes of the normal-class metaslabs
 * @param embeddedLogDspace deflated bytes of the embedded-log metaslabs
 */
public record VdevCapacity(
    long leafAsize,
    long asize,
    int metaslabShift,
    long metaslabCount,
    long metaslabBytes,
    int embeddedLogMetaslabs,
    long embeddedLogBytes,
    long normalDspace,
    long embeddedLogDspace) {

  public long metaslabSize() {
    return 1L << metaslabShift;
  }
}

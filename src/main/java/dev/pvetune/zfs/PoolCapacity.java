package dev.pvetune.zfs;

/**
 * What a new, empty pool reports.
 *
 * @param geometry the pool
 * @param vdev the space of each (identical) top-level vdev
 * @param deflateRatio r in 1/512 units ({@code vdev_deflate_ratio})
 * @param slopRule the slop rule of the pool's OpenZFS version
 * @param zpoolSizeBytes {@code zpool list SIZE}: all metaslabs, raw
 * @param normalDspaceBytes {@code spa_rdspace}: deflated normal-class metaslabs
 * @param embeddedLogDspaceBytes deflated embedded-log metaslabs
 * @param slopBytes space held back from AVAIL
 * @param usableBytes {@code zfs list} USED + AVAIL of the empty pool's root dataset
 */
public record PoolCapacity(
    PoolGeometry geometry,
    VdevCapacity vdev,
    int deflateRatio,
    SlopRule slopRule,
    long zpoolSizeBytes,
    long normalDspaceBytes,
    long embeddedLogDspaceBytes,
    long slopBytes,
    long usableBytes) {

  /** Raw bytes that parity and padding of 128K blocks take ({@code SIZE} minus deflated). */
  public long deflationBytes() {
    return zpoolSizeBytes - normalDspaceBytes - embeddedLogDspaceBytes;
  }
}

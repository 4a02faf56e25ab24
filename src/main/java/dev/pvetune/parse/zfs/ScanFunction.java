package dev.pvetune.parse.zfs;

/** What a scan line reports. */
public enum ScanFunction {
  /** {@code scan: none requested}: the pool was never scrubbed or resilvered. */
  NONE,
  SCRUB,
  /** Healing resilver, or a sequential rebuild when {@link ScanActivity#rebuildVdev()} is set. */
  RESILVER,
  /** {@code zpool scrub -e} (OpenZFS 2.2+), printed on a separate {@code scrub:} line. */
  ERROR_SCRUB
}

package dev.pvetune.parse.zfs;

/** State of a scan. */
public enum ScanState {
  NONE,
  IN_PROGRESS,
  PAUSED,
  FINISHED,
  CANCELED
}

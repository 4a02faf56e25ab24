package dev.pvetune.parse.pve;

/** How a container mount point gets its data ({@code classify_mountpoint}). */
public enum MountKind {
  /** A storage-managed volume ({@code storage:volname}). */
  VOLUME,
  /** A bind mount of a host directory (an absolute path outside {@code /dev/}). */
  BIND,
  /** A host block device ({@code /dev/...}). */
  DEVICE
}

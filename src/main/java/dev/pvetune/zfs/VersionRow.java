package dev.pvetune.zfs;

/**
 * The same disks under the space rules of an older OpenZFS release.
 *
 * @param releases the releases these rules apply to, e.g. "0.8.0 – 2.0.5"
 * @param capacity the pool as that release would create and report it
 */
public record VersionRow(String releases, PoolCapacity capacity) {}

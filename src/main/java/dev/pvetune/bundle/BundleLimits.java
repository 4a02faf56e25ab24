package dev.pvetune.bundle;

/** How much of a bundle pvetune is willing to read: a bundle is untrusted input. */
public record BundleLimits(long maxEntryBytes, int maxEntries, long maxTotalBytes) {
  public static final BundleLimits DEFAULT = new BundleLimits(64L << 20, 20_000, 512L << 20);
}

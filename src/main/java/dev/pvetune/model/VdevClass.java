package dev.pvetune.model;

/** The allocation class a top-level vdev belongs to. */
public enum VdevClass {
  DATA, SPECIAL, DEDUP, LOG, CACHE, SPARE;

  /** Vdevs whose loss loses the pool. */
  public boolean holdsPoolData() {
    return this == DATA || this == SPECIAL || this == DEDUP;
  }
}

package dev.pvetune.zfs;

/**
 * The ARC table of the Proxmox + ZFS tuning guide (seed s000): host RAM → recommended
 * zfs_arc_max. Its rows are 32 GB → 4, 64 → 8, 128 → 16–32, 256 → 32–64 and 512 → 64–128 (the
 * guide's "GB" are GiB: its 4 GB row says 4294967296). That is 1/8 of RAM, up to 1/4 from
 * 128 GiB; between and outside the rows the same fractions are applied.
 *
 * @param ramBytes host RAM
 * @param rowRamGiB the table row at or below the RAM (0 if the RAM is below the table)
 * @param inTable whether the RAM lies within the table's range, 32–512 GiB
 * @param lowBytes lower end of the recommendation (RAM / 8)
 * @param highBytes upper end (RAM / 4 from 128 GiB, else RAM / 8)
 */
public record S000ArcAdvice(
    long ramBytes, int rowRamGiB, boolean inTable, long lowBytes, long highBytes) {

  private static final int[] ROWS_GIB = {32, 64, 128, 256, 512};

  public static S000ArcAdvice forRam(long ramBytes) {
    if (ramBytes <= 0) {
      throw new IllegalArgumentException("RAM must be positive, got " + ramBytes);
    }
    int row = 0;
    for (int r : ROWS_GIB) {
      if (ramBytes >= r * Bytes.GiB) {
        row = r;
      }
    }
    boolean inTable = ramBytes >= 32 * Bytes.GiB && ramBytes <= 512 * Bytes.GiB;
    long low = ramBytes / 8;
    long high = ramBytes >= 128 * Bytes.GiB ? ramBytes / 4 : low;
    return new S000ArcAdvice(ramBytes, row, inTable, low, high);
  }

  /** s000: "Set zfs_arc_min to 25% of zfs_arc_max as a safe floor". */
  public static long arcMinFor(long arcMax) {
    return arcMax / 4;
  }
}

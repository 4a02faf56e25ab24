package dev.pvetune.zfs;

/**
 * Metaslab size of a top-level vdev ({@code module/zfs/vdev.c: vdev_metaslab_set_size()}). The
 * shift is fixed when the vdev is created and kept in the pool config, so it depends on the
 * OpenZFS version that created the vdev, not the one running now.
 */
public final class Metaslabs {
  static final int DEFAULT_SHIFT = 29; // zfs_vdev_default_ms_shift, 512 MiB
  static final int MIN_COUNT = 16; // zfs_vdev_min_ms_count
  static final int DEFAULT_COUNT = 200; // zfs_vdev_default_ms_count, metaslabs_per_vdev
  static final int MIN_SHIFT = 24; // SPA_MAXBLOCKSHIFT
  static final int MAX_SHIFT = 34; // zfs_vdev_max_ms_shift, 16 GiB
  static final long COUNT_LIMIT = 1L << 17; // zfs_vdev_ms_count_limit

  /** zfs_embedded_slog_min_ms: a vdev needs more metaslabs than this to give one to the ZIL. */
  public static final int EMBEDDED_SLOG_MIN_COUNT = 64;

  private Metaslabs() {}

  public static int shift(long vdevAsize, ZfsVersion createdBy) {
    if (vdevAsize <= 0) {
      throw new IllegalArgumentException("vdev asize must be positive, got " + vdevAsize);
    }
    if (createdBy.before(0, 8, 0)) {
      // 0.6/0.7: aim at 200 metaslabs, no upper bound on their size.
      return Math.max(Bytes.highbit64(vdevAsize / DEFAULT_COUNT), MIN_SHIFT);
    }
    long count = vdevAsize >>> DEFAULT_SHIFT;
    int shift;
    if (count < MIN_COUNT) {
      shift = Bytes.highbit64(vdevAsize / MIN_COUNT);
    } else if (count > DEFAULT_COUNT) {
      shift = Bytes.highbit64(vdevAsize / DEFAULT_COUNT);
    } else {
      shift = DEFAULT_SHIFT;
    }
    if (shift < MIN_SHIFT) {
      shift = MIN_SHIFT;
    } else if (shift > MAX_SHIFT) {
      shift = MAX_SHIFT;
      if ((vdevAsize >>> shift) > COUNT_LIMIT) {
        shift = Bytes.highbit64(vdevAsize / COUNT_LIMIT);
      }
    }
    return shift;
  }

  /** Whole metaslabs of the vdev; the tail smaller than one metaslab is never used. */
  public static long count(long vdevAsize, int shift) {
    return vdevAsize >>> shift;
  }

  /** Whether a vdev with this many metaslabs sets one aside for ZIL blocks (2.1.0+). */
  public static boolean hasEmbeddedLog(long count, ZfsVersion version) {
    return version.atLeast(2, 1, 0) && count > EMBEDDED_SLOG_MIN_COUNT;
  }
}

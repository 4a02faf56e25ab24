package dev.pvetune.zfs;

/**
 * From a disk's size to the space a leaf vdev offers.
 *
 * <p>Linux whole-disk vdevs ({@code zpool create pool sda ...}, and the Proxmox Disks → ZFS
 * page) get a GPT with partition 1 for ZFS and an 8 MiB partition 9
 * ({@code lib/libzfs/os/linux/libzfs_pool_os.c: zpool_label_disk()}). Inside the partition, ZFS
 * keeps two 256 KiB labels and a 3.5 MiB boot area at the front and two labels at the end
 * ({@code vdev_open()}, {@code include/sys/vdev_impl.h}).
 */
public final class DiskPartitioning {
  /** SPA_MINDEVSIZE: the smallest device ZFS accepts. */
  public static final long MIN_DEVICE_BYTES = 64 * Bytes.MiB;

  /** sizeof(vdev_label_t). */
  public static final long LABEL_BYTES = 256 * Bytes.KiB;

  /** VDEV_BOOT_SIZE = 7 << 19. */
  public static final long BOOT_BYTES = 7L << 19;

  /** VDEV_LABEL_START_SIZE + VDEV_LABEL_END_SIZE: 4 labels and the boot area, 4.5 MiB. */
  public static final long LABEL_AND_BOOT_BYTES = 4 * LABEL_BYTES + BOOT_BYTES;

  private static final long EFI_MIN_RESV_BYTES = 16384L * 512; // partition 9, 8 MiB
  private static final long NEW_START_BYTES = 2048L * 512; // partition 1 starts at 1 MiB
  private static final long PARTITION_END_ALIGNMENT_SECTORS = 2048;
  private static final long GPT_BACKUP_BYTES = 16384; // backup GPT entries at the end

  private DiskPartitioning() {}

  /**
   * Size of partition 1 when libzfs labels a whole disk.
   *
   * @param diskBytes the disk's capacity
   * @param logicalSectorBytes 512 or 4096
   */
  public static long linuxWholeDiskPartition(long diskBytes, int logicalSectorBytes) {
    if (logicalSectorBytes != 512 && logicalSectorBytes != 4096) {
      throw new IllegalArgumentException(
          "logical sector size must be 512 or 4096, got " + logicalSectorBytes);
    }
    long lb = logicalSectorBytes;
    long sectors = diskBytes / lb;
    long lastUsableLba = (sectors - 1) - (GPT_BACKUP_BYTES / lb + 1);
    long slice = lastUsableLba + 1 - EFI_MIN_RESV_BYTES / lb - NEW_START_BYTES / lb;
    slice = Bytes.alignDown(slice, PARTITION_END_ALIGNMENT_SECTORS);
    long osize = slice * lb;
    if (osize < MIN_DEVICE_BYTES) {
      throw new IllegalArgumentException(
          "a " + diskBytes + "-byte disk leaves " + Math.max(0, osize)
              + " bytes for ZFS; ZFS needs at least 64 MiB per device");
    }
    return osize;
  }

  /** Leaf vdev asize: the partition aligned down to 256 KiB, minus labels and boot area. */
  public static long leafAsize(long osize) {
    if (osize < MIN_DEVICE_BYTES) {
      throw new IllegalArgumentException(
          "a device of " + osize + " bytes is below the ZFS minimum of 64 MiB (67108864 bytes)");
    }
    return Bytes.alignDown(osize, LABEL_BYTES) - LABEL_AND_BOOT_BYTES;
  }
}

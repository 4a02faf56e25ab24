package dev.pvetune.model;

/** The key family of a guest disk line. */
public enum Bus {
  IDE, SATA, SCSI, VIRTIO, EFIDISK, TPMSTATE, ROOTFS, MOUNTPOINT;

  public static Bus ofKey(String key) {
    if (key.startsWith("ide")) return IDE;
    if (key.startsWith("sata")) return SATA;
    if (key.startsWith("scsi")) return SCSI;
    if (key.startsWith("virtio")) return VIRTIO;
    if (key.startsWith("efidisk")) return EFIDISK;
    if (key.startsWith("tpmstate")) return TPMSTATE;
    if (key.equals("rootfs")) return ROOTFS;
    if (key.startsWith("mp")) return MOUNTPOINT;
    throw new IllegalArgumentException("not a disk key: " + key);
  }
}

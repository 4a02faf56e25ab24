package dev.pvetune.parse.pve;

/** What kind of disk slot a config key is. */
public enum DriveBus {
  /** VM {@code ide0}–{@code ide3} ({@code cdrom} is an alias of {@code ide2}). */
  IDE,
  /** VM {@code sata0}–{@code sata5}. */
  SATA,
  /** VM {@code scsi0}–{@code scsi30}. */
  SCSI,
  /** VM {@code virtio0}–{@code virtio15} (virtio-blk). */
  VIRTIO,
  /** VM {@code efidisk0}: UEFI variable store. */
  EFIDISK,
  /** VM {@code tpmstate0}: TPM state. */
  TPMSTATE,
  /** VM or CT {@code unused0}–{@code unused255}: detached volumes still owned by the guest. */
  UNUSED,
  /** CT {@code rootfs}. */
  ROOTFS,
  /** CT {@code mp0}–{@code mp255}. */
  MOUNTPOINT
}

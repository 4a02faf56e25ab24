package dev.pvetune.model;

/** What a disk line is for; most storage rules apply to data disks only. */
public enum DiskKind {
  DATA, CDROM, CLOUDINIT, EFI, TPM, CT_ROOT, CT_MOUNT;

  /** Disks whose I/O settings matter: guest data disks and container volumes. */
  public boolean carriesData() {
    return this == DATA || this == CT_ROOT || this == CT_MOUNT;
  }
}

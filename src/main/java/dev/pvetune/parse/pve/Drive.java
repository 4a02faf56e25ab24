package dev.pvetune.parse.pve;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A typed view of one disk line of a guest config: {@code scsi0: local-zfs:vm-101-disk-0,...},
 * {@code rootfs: ...}, {@code mp0: ...}, {@code unused0: ...}.
 *
 * @param guestKind VM or container (the option sets differ)
 * @param slot the key and what kind of slot it is
 * @param volume the default key ({@code file} / {@code volume})
 * @param options every other {@code key=value} in the order written (legacy geometry options {@code
 *     cyls heads secs trans}, which Proxmox skips, are left out)
 * @param line the config line, for evidence
 */
public record Drive(
    GuestKind guestKind, DriveKey slot, Volume volume, Map<String, String> options, int line) {

  /** {@code drive_is_cloudinit}, applied to the whole volume id. */
  private static final Pattern CLOUD_INIT =
      Pattern.compile("[:/](?:vm-\\d+-)?cloudinit(?:\\.(?:raw|qcow|qcow2|qed|vmdk|cloop))?$");

  public Drive {
    options = PveText.orderedCopy(options);
  }

  public String key() {
    return slot.key();
  }

  public DriveBus bus() {
    return slot.bus();
  }

  public Optional<String> option(String name) {
    return Optional.ofNullable(options.get(name));
  }

  /** A boolean option in any spelling Proxmox accepts; empty if absent or not a boolean. */
  public Optional<Boolean> flag(String name) {
    return option(name).flatMap(PveText::parseBoolean);
  }

  /** The {@code size=} option in bytes (informational: it may be stale). */
  public OptionalLong sizeBytes() {
    return option("size").map(PveText::parseSize).orElse(OptionalLong.empty());
  }

  public Optional<String> storageId() {
    return volume.storage();
  }

  /** {@code media=cdrom} on a VM drive. */
  public boolean isCdrom() {
    return guestKind == GuestKind.QEMU && "cdrom".equals(options.get("media"));
  }

  /** A cloud-init drive (its volume name ends in {@code cloudinit}). */
  public boolean isCloudInit() {
    return guestKind == GuestKind.QEMU && CLOUD_INIT.matcher(volume.raw()).find();
  }

  public boolean isEfiDisk() {
    return slot.bus() == DriveBus.EFIDISK;
  }

  public boolean isTpmState() {
    return slot.bus() == DriveBus.TPMSTATE;
  }

  public boolean isUnused() {
    return slot.bus() == DriveBus.UNUSED;
  }

  /**
   * Whether this is a disk the guest really uses for data: not a CD-ROM, not an empty or host CD
   * drive, not a cloud-init drive and not an unused volume. EFI and TPM state disks count (rules
   * that do not apply to them must check {@link #isEfiDisk()} / {@link #isTpmState()}).
   */
  public boolean isDiskInUse() {
    return !isCdrom()
        && !(volume instanceof Volume.NoMedia)
        && !(volume instanceof Volume.HostCdrom)
        && !isCloudInit()
        && !isUnused();
  }

  /** For a container mount point: volume, bind mount or device ({@code classify_mountpoint}). */
  public Optional<MountKind> mountKind() {
    if (guestKind != GuestKind.LXC || isUnused()) {
      return Optional.empty();
    }
    String raw = volume.raw();
    if (raw.startsWith("/dev/")) {
      return Optional.of(MountKind.DEVICE);
    }
    return Optional.of(raw.startsWith("/") ? MountKind.BIND : MountKind.VOLUME);
  }

  /** For a container: where it is mounted ({@code /} for rootfs, {@code mp=} for mount points). */
  public Optional<String> mountPath() {
    if (slot.bus() == DriveBus.ROOTFS) {
      return Optional.of("/");
    }
    return slot.bus() == DriveBus.MOUNTPOINT ? option("mp") : Optional.empty();
  }
}

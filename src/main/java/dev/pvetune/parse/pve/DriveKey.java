package dev.pvetune.parse.pve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A config key that names a disk slot, e.g. {@code scsi1} → (SCSI, 1).
 *
 * @param key the key as it appears in the config ({@code cdrom} is reported as {@code ide2})
 */
public record DriveKey(String key, DriveBus bus, int index) {
  private static final Pattern NUMBERED = Pattern.compile("([a-z]+)(0|[1-9]\\d{0,2})");

  /** Recognises the disk keys of the given guest kind; empty for every other key. */
  public static Optional<DriveKey> of(GuestKind kind, String key) {
    if (kind == GuestKind.QEMU && key.equals("cdrom")) {
      return Optional.of(new DriveKey("ide2", DriveBus.IDE, 2));
    }
    if (kind == GuestKind.LXC && key.equals("rootfs")) {
      return Optional.of(new DriveKey(key, DriveBus.ROOTFS, 0));
    }
    Matcher m = NUMBERED.matcher(key);
    if (!m.matches()) {
      return Optional.empty();
    }
    int index = Integer.parseInt(m.group(2));
    DriveBus bus;
    int max;
    switch (kind == GuestKind.QEMU ? m.group(1) : "lxc:" + m.group(1)) {
      case "ide":
        bus = DriveBus.IDE;
        max = 3;
        break;
      case "sata":
        bus = DriveBus.SATA;
        max = 5;
        break;
      case "scsi":
        bus = DriveBus.SCSI;
        max = 30;
        break;
      case "virtio":
        bus = DriveBus.VIRTIO;
        max = 15;
        break;
      case "efidisk":
        bus = DriveBus.EFIDISK;
        max = 0;
        break;
      case "tpmstate":
        bus = DriveBus.TPMSTATE;
        max = 0;
        break;
      case "unused":
      case "lxc:unused":
        bus = DriveBus.UNUSED;
        max = 255;
        break;
      case "lxc:mp":
        bus = DriveBus.MOUNTPOINT;
        max = 255;
        break;
      default:
        return Optional.empty();
    }
    return index <= max ? Optional.of(new DriveKey(key, bus, index)) : Optional.empty();
  }
}

package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Disk;
import dev.pvetune.model.DiskKind;
import dev.pvetune.model.Guest;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Findings;
import java.util.Map;
import java.util.Optional;

/** Questions several disk rules ask. */
final class Disks {
  private Disks() {}

  /** A VM disk that holds guest data: not a CD-ROM, cloud-init drive, EFI vars or TPM state. */
  static boolean isVmDataDisk(Guest guest, Disk disk) {
    return guest.kind() == GuestKind.QEMU && disk.kind() == DiskKind.DATA;
  }

  /**
   * Whether the disk's bytes are on ZFS; empty (and reported as not evaluated for this disk) when
   * the bundle does not say where they are.
   */
  static Optional<Boolean> zfsBacked(Guest guest, Disk disk, Findings out) {
    if (disk.backing() instanceof Backing.Unknown u) {
      out.unknown(guest.resource(disk), u.reason());
      return Optional.empty();
    }
    return Optional.of(disk.backing().isZfsBacked());
  }

  static Change.DriveOptions setOptions(Guest guest, Disk disk, Map<String, Optional<String>> set) {
    return new Change.DriveOptions(guest.node(), guest.kind(), guest.vmid(), disk.key(), disk.raw(), set);
  }

  /** "zvol tank/vm/vm-102-disk-0" / "file /var/lib/vz/images/... on dataset rpool/var-lib-vz". */
  static String where(Disk disk) {
    Backing b = disk.backing();
    if (b instanceof Backing.Zvol z) {
      return "zvol " + z.zvol().name();
    }
    if (b instanceof Backing.Subvol s) {
      return "dataset " + s.dataset().name();
    }
    if (b instanceof Backing.ImageFile f) {
      return f.format() + " file " + f.path() + f.onDataset().map(d -> " on dataset " + d.name()).orElse("");
    }
    if (b instanceof Backing.BlockVolume v) {
      return v.storageDef().type() + " volume " + v.volume();
    }
    return disk.volume();
  }
}

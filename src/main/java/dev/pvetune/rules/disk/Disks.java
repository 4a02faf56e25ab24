package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Disk;
import dev.pvetune.model.DiskKind;
import dev.pvetune.model.Guest;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Findings;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Storage;
import dev.pvetune.model.Vdev;
import dev.pvetune.zfs.TopLevelVdev;
import dev.pvetune.zfs.VdevLayout;
import java.util.List;
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

  /** The disk as it would be without the option: for asking what the default would be. */
  static Disk without(Disk disk, String option) {
    Map<String, String> options = new java.util.HashMap<>(disk.options());
    options.remove(option);
    return new Disk(disk.key(), disk.bus(), disk.kind(), disk.volume(), options, disk.raw(), disk.backing(), disk.source());
  }

  /**
   * The block-allocation model of the pool's data vdevs when they all share one layout and a
   * known ashift (what a per-block calculation for a zvol on that pool needs); empty otherwise.
   */
  static Optional<TopLevelVdev> dataVdevModel(Pool pool) {
    List<Vdev> data = pool.dataVdevs();
    if (data.isEmpty() || data.get(0).ashift().isEmpty()) {
      return Optional.empty();
    }
    Vdev first = data.get(0);
    for (Vdev v : data) {
      if (!v.describeLayout().equals(first.describeLayout()) || !v.ashift().equals(first.ashift())) {
        return Optional.empty();
      }
    }
    int ashift = first.ashift().getAsInt();
    if (ashift < 9 || ashift > 16) {
      return Optional.empty();
    }
    VdevLayout layout = switch (first.type()) {
      case RAIDZ -> new VdevLayout.Raidz(first.parity(), first.children().size());
      case MIRROR -> new VdevLayout.Mirror(first.children().size());
      case DISK, FILE -> new VdevLayout.Stripe();
      default -> null;
    };
    return layout == null ? Optional.empty() : Optional.of(new TopLevelVdev(layout, ashift));
  }

  /** The zvol or subvol a {@code storage:volname} reference (a vmstate volume, say) names, if the bundle has it. */
  static Optional<Dataset> zfsVolume(Inventory inv, String volumeId) {
    int colon = volumeId.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String volname = volumeId.substring(colon + 1);
    return inv.storage(volumeId.substring(0, colon)).flatMap(Storage::zfsDataset)
        .flatMap(root -> inv.dataset(root + "/" + volname.substring(volname.lastIndexOf('/') + 1)));
  }
}

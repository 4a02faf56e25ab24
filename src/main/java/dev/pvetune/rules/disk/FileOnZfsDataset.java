package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.SoftwareVersion;
import dev.pvetune.model.Storage;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** DISK-015: a raw image file on a ZFS filesystem, where a zvol would do the same job directly. */
public final class FileOnZfsDataset implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-015", "file-on-zfs-dataset", Severity.MEDIUM,
      "Raw image file on a ZFS dataset", Set.of(Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk)) {
      return;
    }
    if (disk.backing() instanceof Backing.Unknown u) {
      out.unknown(guest.resource(disk), u.reason());
      return;
    }
    if (!(disk.backing() instanceof Backing.ImageFile f) || !f.format().equals("raw") || f.onDataset().isEmpty()) {
      return;
    }
    Dataset ds = f.onDataset().get();
    QemuDefaults.Effective cache = QemuDefaults.cache(disk);
    Optional<SoftwareVersion> zfs = inv.host().versions().openZfs();
    String recordsize = ds.value("recordsize");
    String impact = "The image's blocks are file records of dataset " + ds.name()
        + (recordsize.isEmpty() ? "" : " (recordsize " + blockSize(ds) + ")")
        + ": a guest write smaller than a record rewrites the whole record, and the file goes through the ZFS POSIX layer that a zvol skips";
    if (zfs.isPresent() && !zfs.get().atLeast(2, 3)) {
      impact += QemuDefaults.isDirect(cache.value())
          ? "; OpenZFS " + zfs.get() + " predates Direct I/O on files (2.3): cache=" + cache.describe() + " asks for O_DIRECT, which fails to open the image on such releases"
          : "; OpenZFS " + zfs.get() + " predates Direct I/O on files (2.3), which is why such files run with cache=" + cache.value() + ": double caching on top of ARC";
    }
    String target = inv.storages().stream()
        .filter(s -> s.isZfsPool() && !s.disabled() && s.availableOn(inv.node()) && s.holds("images"))
        .map(Storage::id).findFirst().orElse("<zfspool-storage>");
    var finding = out.on(guest.resource(disk), guest.label() + " " + disk.key() + " is a raw file on ZFS dataset " + ds.name() + " (storage " + f.storageDef().id() + ")")
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .evidence("storage " + f.storageDef().id() + " path " + f.storageDef().path().orElse("?") + " lies on dataset " + ds.name(), ds.ref());
    zfs.ifPresent(v -> finding.evidence("OpenZFS " + v, inv.host().versions().ref()));
    finding.impact(impact)
        .fix("Move the disk to a zfspool storage as a zvol", Disruption.RECREATE, new Change.Manual(List.of(
            "qm disk move " + guest.vmid() + " " + disk.key() + " " + target + " --delete 1   # works while the VM runs; needs free space for a full copy",
            "then drop any cache=writeback/aio=threads workaround the file needed: the zvol takes cache=none and io_uring")))
        .add();
  }

  private static String blockSize(Dataset ds) {
    return ds.bytes("recordsize").stream().mapToObj(dev.pvetune.model.Bytes::blockSize).findFirst().orElse(ds.value("recordsize"));
  }
}

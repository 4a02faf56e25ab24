package dev.pvetune.rules.storage;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Storage;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** STOR-004: a dir storage for disk images whose directory is a ZFS dataset. */
public final class DirImagesOnZfs implements Rule.ForStorage {
  private static final RuleInfo INFO = new RuleInfo("STOR-004", "dir-images-on-zfs", Severity.MEDIUM,
      "Directory storage for disk images on ZFS", Set.of(Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Storage storage, Inventory inv, Findings out) {
    if (!storage.type().equals("dir") || !(storage.holds("images") || storage.holds("rootdir"))) {
      return;
    }
    Optional<Dataset> dataset = StorageDataset.of(storage, inv);
    if (dataset.isEmpty()) {
      return;
    }
    Dataset ds = dataset.get();
    Set<String> content = new TreeSet<>(storage.content());
    content.retainAll(Set.of("images", "rootdir"));
    List<String> disks = new ArrayList<>();
    for (Guest g : inv.guests()) {
      for (Disk d : g.disks()) {
        if (d.kind().carriesData() && d.backing() instanceof Backing.ImageFile f && f.storageDef().id().equals(storage.id())) {
          disks.add(g.label() + " " + d.key() + " (" + f.format() + ")");
        }
      }
    }
    String path = storage.path().orElse("");
    var finding = out.on(storage.resource(), "storage " + storage.id() + " (dir " + path + ", content " + String.join(",", content)
            + ") lies on ZFS dataset " + ds.name() + (disks.isEmpty() ? "" : ", holding " + disks.size() + " guest disk(s) as files"))
        .evidence("dir: " + storage.id() + " path " + path + " content " + String.join(",", storage.content()), storage.source())
        .evidence(ds.name() + " mounted at " + ds.mountedAt().orElse("?"), ds.property("mountpoint").map(p -> p.ref()).orElse(ds.ref()));
    disks.stream().limit(8).forEach(d -> finding.evidence("disk image: " + d));
    finding.impact("Disk images as files on a dataset stack a second layer on ZFS: qcow2 adds its own copy-on-write, snapshots and thin "
        + "provisioning on top of ZFS's, raw files go through the dataset's recordsize (" + (ds.bytes("recordsize").isPresent()
            ? "recordsize " + dev.pvetune.model.Bytes.blockSize(ds.bytes("recordsize").getAsLong()) : "recordsize") + ") instead of a zvol's volblocksize, "
        + "and with OpenZFS before 2.3 cache=none cannot open them (no O_DIRECT), which pushes people to writeback. "
        + (disks.isEmpty() ? "No guest disk uses it yet." : disks.size() + " disk(s) live there now."))
        .fix("Put guest disks on a zfspool storage (zvols) and stop offering images/rootdir on " + storage.id(), Disruption.RECREATE,
            new Change.Manual(List.of(
                "zfs create " + ds.pool() + "/data   # if the pool has no dataset for zvols yet",
                "pvesm add zfspool " + ds.pool() + "-zfs --pool " + ds.pool() + "/data --sparse 1 --blocksize 16k --content images,rootdir",
                "qm disk move <vmid> <disk> " + ds.pool() + "-zfs --format raw --delete 1   # per disk on " + storage.id() + " (pct move-volume for containers)",
                "pvesm set " + storage.id() + " --content " + String.join(",", remaining(storage)) + "   # once no disk is left on it")))
        .add();
  }

  private static List<String> remaining(Storage storage) {
    List<String> keep = new ArrayList<>(new TreeSet<>(storage.content()));
    keep.removeAll(List.of("images", "rootdir"));
    return keep.isEmpty() ? List.of("iso,vztmpl") : keep;
  }
}

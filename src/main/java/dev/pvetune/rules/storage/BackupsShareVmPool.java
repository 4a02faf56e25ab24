package dev.pvetune.rules.storage;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
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

/** STOR-005: backups written to the same pool that holds the guest disks they protect. */
public final class BackupsShareVmPool implements Rule.ForStorage {
  private static final RuleInfo INFO = new RuleInfo("STOR-005", "backups-share-vm-pool", Severity.LOW,
      "Backups on the same pool as the guest disks", Set.of(Input.STORAGE_CFG, Input.ZFS_DATASETS, Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Storage storage, Inventory inv, Findings out) {
    if (!storage.type().equals("dir") || !storage.holds("backup")) {
      return;
    }
    Optional<Dataset> dataset = StorageDataset.of(storage, inv);
    if (dataset.isEmpty()) {
      return;
    }
    Dataset ds = dataset.get();
    String pool = ds.pool();
    List<Inventory.GuestDisk> guestDisks = inv.disksOn(pool).stream().filter(d -> d.disk().kind().carriesData()).toList();
    if (guestDisks.isEmpty()) {
      return;
    }
    long guests = guestDisks.stream().map(d -> d.guest().vmid()).distinct().count();
    String path = storage.path().orElse("");
    var finding = out.on(storage.resource(), "backup storage " + storage.id() + " (" + path + ") is on pool " + pool + " (dataset " + ds.name()
            + "), which also holds " + guestDisks.size() + " disk(s) of " + guests + " guest(s)")
        .evidence("dir: " + storage.id() + " path " + path + " content " + String.join(",", new java.util.TreeSet<>(storage.content())), storage.source())
        .evidence(ds.name() + " mounted at " + ds.mountedAt().orElse("?")
            + ds.bytes("used").stream().mapToObj(u -> ", used " + Bytes.format(u)).findFirst().orElse(""),
            ds.property("used").map(p -> p.ref()).orElse(ds.ref()));
    guestDisks.stream().limit(6).forEach(d -> finding.evidence(d.guest().label() + " " + d.disk().key() + " on "
        + d.disk().backing().zfsDataset().map(Dataset::name).orElse(pool), d.disk().source()));
    Optional<Pool> p = inv.pool(pool);
    String fill = p.filter(x -> x.capacityPercent().isPresent())
        .map(x -> " " + pool + " is " + x.capacityPercent().getAsInt() + "% full" + (x.freeBytes().isPresent() ? " (" + Bytes.format(x.freeBytes().getAsLong()) + " free)" : "") + ";")
        .orElse("");
    finding.impact("If " + pool + " fails or has to be rebuilt, the guests and their backups are lost together." + fill
        + " every backup run also writes into the pool the guests are working on and eats the free space they need")
        .fix("Send backups to another pool, another host or a Proxmox Backup Server", Disruption.MANUAL, new Change.Manual(List.of(
            "pvesm add dir <id> --path <directory on another pool or disk> --content backup   # or a pbs storage",
            "change the backup jobs (Datacenter > Backup, /etc/pve/jobs.cfg) to use the new storage",
            "pvesm set " + storage.id() + " --content <remaining content without backup>   # after moving or pruning the old dumps")))
        .add();
  }
}

package dev.pvetune.rules.pool;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Vdev;
import dev.pvetune.model.VdevClass;
import dev.pvetune.parse.host.BlockDevice;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** POOL-017: VM zvols on an all-HDD pool with no separate log device. */
public final class HddVmsWithoutSlog implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-017", "hdd-vms-without-slog", Severity.INFO,
      "VMs on HDDs without a log device", Set.of(Input.POOL_STATUS, Input.BLOCK_DEVICES, Input.GUEST_CONFIGS, Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    if (pool.vdevs(VdevClass.LOG).findAny().isPresent()) {
      return;
    }
    List<Inventory.GuestDisk> vmDisks = inv.disksOn(pool.name()).stream()
        .filter(d -> d.guest().kind() == GuestKind.QEMU && d.disk().kind().carriesData()
            && d.disk().backing().zfsDataset().map(ds -> ds.isVolume()).orElse(false))
        .toList();
    if (vmDisks.isEmpty()) {
      return;
    }
    List<Vdev> leaves = pool.dataVdevs().stream().flatMap(v -> v.leaves().stream()).toList();
    List<Optional<Boolean>> rota = leaves.stream().map(l -> l.device().flatMap(BlockDevice::rotational)).toList();
    if (leaves.isEmpty() || rota.stream().anyMatch(r -> r.isPresent() && !r.get())) {
      return;
    }
    if (rota.stream().anyMatch(Optional::isEmpty)) {
      out.unknown("pool/" + pool.name(), "lsblk does not say whether every data device rotates");
      return;
    }
    long guests = vmDisks.stream().map(d -> d.guest().vmid()).distinct().count();
    var finding = out.on("pool/" + pool.name(), "pool " + pool.name() + " is all HDD (" + leaves.size() + " disk(s)) and holds "
        + vmDisks.size() + " VM disk(s) of " + guests + " VM(s), with no log device");
    pool.dataVdevs().forEach(v -> finding.evidence(v.name() + ": " + v.describeLayout() + ", rotational", v.ref()));
    vmDisks.stream().limit(6).forEach(d -> finding.evidence(d.guest().label() + " " + d.disk().key() + " on "
        + d.disk().backing().zfsDataset().get().name(), d.disk().source()));
    finding.impact("Guests flush often (journals, databases, Windows): every sync write goes to the ZIL on these disks, a few milliseconds "
            + "of seeking each, and the guest waits; a small SSD log device with power-loss protection turns those waits into fractions of a millisecond")
        .fix("Add a mirrored log device of two small SSDs with power-loss protection (16-32 GB is plenty)", Disruption.HARDWARE, new Change.Manual(List.of(
            "zpool add " + pool.name() + " log mirror /dev/disk/by-id/<plp-ssd-1> /dev/disk/by-id/<plp-ssd-2>   # online")))
        .add();
  }
}

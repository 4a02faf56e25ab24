package dev.pvetune.model.build;

import dev.pvetune.bundle.Bundle;
import dev.pvetune.model.Cluster;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Host;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Storage;
import dev.pvetune.model.ZfsSnapshot;
import dev.pvetune.parse.host.MountsParser;
import java.util.List;
import java.util.Map;

/** Builds the inventory of one node from its bundle: parse every input, then cross-reference. */
public final class InventoryBuilder {
  private InventoryBuilder() {}

  public static Inventory build(Bundle bundle) {
    Inputs in = new Inputs(bundle);
    String node = bundle.node();
    GuestsBuilder.requireGuestConfigs(in);
    if (!in.has(Input.GUEST_CONFIGS)) {
      in.missing(Input.CLUSTER_JOBS, "the bundle has no files from /etc/pve");
    }
    List<Storage> storages = StoragesBuilder.build(in);
    Map<String, Dataset> datasets = DatasetsBuilder.datasets(in);
    Map<String, List<ZfsSnapshot>> snapshots = DatasetsBuilder.snapshots(in);
    List<Pool> pools = new PoolsBuilder(in).build();
    var procMounts = in.file("/proc/mounts", Input.MOUNTS)
        .flatMap(f -> in.parse(f.text(), f.path(), Input.MOUNTS, MountsParser::parse));
    MountTable mounts = MountTable.of(procMounts, datasets, in.has(Input.ZFS_DATASETS));
    List<Guest> guests = new GuestsBuilder(in, new BackingResolver(storages, datasets, mounts, in)).build(node);
    Host host = new HostBuilder(in, datasets, mounts).build();
    Cluster cluster = ClusterBuilder.build(in, node);
    in.command("dmidecode-memory", Input.DMI_MEMORY);
    return new Inventory(node, bundle.manifest().collectedAt(), bundle.origin(), guests, storages, pools, datasets, snapshots,
        host, cluster, in.availability(), in.diagnostics());
  }
}

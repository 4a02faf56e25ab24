package dev.pvetune.model;

import dev.pvetune.parse.Diagnostic;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Everything pvetune knows about one audited node, resolved and cross-referenced. */
public record Inventory(
    String node,
    Instant collectedAt,
    String origin,
    List<Guest> guests,
    List<Storage> storages,
    List<Pool> pools,
    Map<String, Dataset> datasets,
    Map<String, List<ZfsSnapshot>> snapshots,
    Host host,
    Cluster cluster,
    Availability availability,
    List<Diagnostic> diagnostics) {

  public Inventory {
    guests = List.copyOf(guests);
    storages = List.copyOf(storages);
    pools = List.copyOf(pools);
    datasets = Map.copyOf(datasets);
    snapshots = Map.copyOf(snapshots);
    diagnostics = List.copyOf(diagnostics);
  }

  public Optional<Pool> pool(String name) {
    return pools.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  public Optional<Dataset> dataset(String name) {
    return Optional.ofNullable(datasets.get(name));
  }

  public Optional<Storage> storage(String id) {
    return storages.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public Optional<Guest> guest(int vmid) {
    return guests.stream().filter(g -> g.vmid() == vmid).findFirst();
  }

  public List<ZfsSnapshot> snapshotsOf(String dataset) {
    return snapshots.getOrDefault(dataset, List.of());
  }

  /** Datasets directly below the given one. */
  public List<Dataset> children(String parent) {
    String prefix = parent + "/";
    List<Dataset> out = new ArrayList<>();
    for (Dataset d : datasets.values()) {
      if (d.name().startsWith(prefix) && d.name().indexOf('/', prefix.length()) < 0) {
        out.add(d);
      }
    }
    out.sort(java.util.Comparator.comparing(Dataset::name));
    return out;
  }

  /** Guests and their disks whose bytes are on the given dataset or below it. */
  public List<GuestDisk> disksOn(String datasetPrefix) {
    List<GuestDisk> out = new ArrayList<>();
    for (Guest g : guests) {
      for (Disk d : g.disks()) {
        d.backing().zfsDataset().filter(ds -> ds.name().equals(datasetPrefix) || ds.name().startsWith(datasetPrefix + "/"))
            .ifPresent(ds -> out.add(new GuestDisk(g, d)));
      }
    }
    return out;
  }

  /**
   * The ZFS filesystem a host path lies on: the longest mount point, from /proc/mounts when it
   * was collected, otherwise from the datasets' mountpoint properties.
   */
  public Optional<Dataset> datasetHolding(String path) {
    Optional<List<dev.pvetune.parse.host.Mount>> mounts = host.mounts().isEmpty() ? Optional.empty() : Optional.of(host.mounts());
    return MountTable.of(mounts, datasets, true).datasetHolding(path, datasets);
  }

  public String nodeResource() {
    return "node/" + node;
  }

  /** A guest together with one of its disks. */
  public record GuestDisk(Guest guest, Disk disk) {}
}

package dev.pvetune.model.build;

import dev.pvetune.bundle.Bundle;
import dev.pvetune.model.Cluster;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Host;
import dev.pvetune.model.Input;
import dev.pvetune.model.MountTable;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Storage;
import dev.pvetune.model.ZfsSnapshot;
import dev.pvetune.parse.host.Mount;
import dev.pvetune.parse.host.MountsParser;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Builds the inventory of one node from its bundle: parse every input, then cross-reference.
 * The ZFS side and the host side are parsed on two threads: on a cold JVM the parsers' first
 * runs are most of an audit's time, and they do not depend on each other.
 */
public final class InventoryBuilder {
  private InventoryBuilder() {}

  public static Inventory build(Bundle bundle) {
    Inputs in = new Inputs(bundle);
    String node = bundle.node();
    GuestsBuilder.requireGuestConfigs(in);
    if (!in.has(Input.GUEST_CONFIGS)) {
      in.missing(Input.CLUSTER_JOBS, "the bundle has no files from /etc/pve");
    }
    ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
      Thread t = new Thread(r, "pvetune-inventory");
      t.setDaemon(true);
      return t;
    });
    try {
      CompletableFuture<List<Pool>> pools = CompletableFuture.supplyAsync(() -> new PoolsBuilder(in).build(), executor);
      CompletableFuture<Cluster> cluster = pools.thenApply(p -> ClusterBuilder.build(in, node));
      CompletableFuture<Optional<List<Mount>>> procMounts = pools.thenApply(p ->
          in.file("/proc/mounts", Input.MOUNTS).flatMap(f -> in.parse(f.text(), f.path(), Input.MOUNTS, MountsParser::parse)));

      List<Storage> storages = StoragesBuilder.build(in);
      Map<String, Dataset> datasets = DatasetsBuilder.datasets(in);
      Map<String, List<ZfsSnapshot>> snapshots = DatasetsBuilder.snapshots(in);
      MountTable mounts = MountTable.of(join(procMounts), datasets, in.has(Input.ZFS_DATASETS));
      CompletableFuture<Host> host = CompletableFuture.supplyAsync(() -> new HostBuilder(in, datasets, mounts, join(procMounts).orElse(List.of())).build(), executor);
      List<Guest> guests = new GuestsBuilder(in, new BackingResolver(storages, datasets, mounts, in)).build(node);
      in.command("dmidecode-memory", Input.DMI_MEMORY);
      return new Inventory(node, bundle.manifest().collectedAt(), bundle.origin(), guests, storages, join(pools), datasets, snapshots,
          join(host), join(cluster), in.availability(), in.diagnostics());
    } finally {
      executor.shutdown();
    }
  }

  private static <T> T join(CompletableFuture<T> future) {
    try {
      return future.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }
}

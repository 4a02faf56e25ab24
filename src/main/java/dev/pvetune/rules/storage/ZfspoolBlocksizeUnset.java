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
import dev.pvetune.rules.pool.VdevGeometry;
import dev.pvetune.zfs.TopLevelVdev;
import dev.pvetune.zfs.VolblocksizeAdvice;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/** STOR-002: a zfspool storage that leaves the volblocksize of new disks to the OpenZFS default. */
public final class ZfspoolBlocksizeUnset implements Rule.ForStorage {
  private static final RuleInfo INFO = new RuleInfo("STOR-002", "zfspool-blocksize-unset", Severity.INFO,
      "zfspool storage without blocksize", Set.of(Input.STORAGE_CFG, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Storage storage, Inventory inv, Findings out) {
    if (!storage.isZfsPool() || storage.option("blocksize").isPresent()) {
      return;
    }
    String root = storage.zfsDataset().orElse("");
    Optional<NewZvolBlocksize> effective = NewZvolBlocksize.of(storage, inv);
    String now = effective.map(b -> "new zvols get " + b.describe())
        .orElse("new zvols get the OpenZFS default (8K before 2.2, 16K since; the bundle does not say which OpenZFS runs)");
    var finding = out.on(storage.resource(), "storage " + storage.id() + " (zfspool " + root + ") sets no blocksize: " + now)
        .evidence("zfspool: " + storage.id() + " has no blocksize option", storage.source());
    effective.ifPresent(b -> finding.evidence("OpenZFS " + inv.host().versions().openZfs().get().raw(), b.ref()));
    Map<Long, Integer> existing = new TreeMap<>();
    for (Dataset z : inv.children(root)) {
      if (z.isVolume() && z.bytes("volblocksize").isPresent()) {
        existing.merge(z.bytes("volblocksize").getAsLong(), 1, Integer::sum);
      }
    }
    String spread = existing.isEmpty() ? "no zvols yet" : String.join(", ", existing.entrySet().stream()
        .map(e -> e.getValue() + " zvol(s) at " + Bytes.blockSize(e.getKey())).toList());
    finding.impact("volblocksize is fixed when a disk is created; without blocksize the size of new disks follows the installed OpenZFS "
        + "and changed from 8K to 16K with 2.2, so disks made before and after an upgrade differ (" + spread + " on " + root + ")");
    String suggestion = suggestion(storage, inv);
    finding.fix("pvesm set " + storage.id() + " --blocksize " + suggestion + " (applies to disks created from now on)", Disruption.ONLINE,
        new Change.StorageOption(storage.id(), "blocksize", Optional.empty(), suggestion));
    finding.add();
  }

  /** 16k in general; on raidz/dRAID the size the ZFS model finds most space-efficient. */
  private static String suggestion(Storage storage, Inventory inv) {
    Optional<Pool> pool = storage.zfsDataset().map(d -> d.contains("/") ? d.substring(0, d.indexOf('/')) : d).flatMap(inv::pool);
    List<TopLevelVdev> parity = pool.map(p -> p.dataVdevs().stream().filter(VdevGeometry::hasParityLayout)
        .map(VdevGeometry::of).flatMap(Optional::stream).toList()).orElse(List.of());
    long best = 16 * Bytes.KiB;
    for (TopLevelVdev v : parity) {
      best = Math.max(best, VolblocksizeAdvice.forVdev(v).volblocksize());
    }
    return Bytes.blockSize(best).toLowerCase(Locale.ROOT);
  }
}

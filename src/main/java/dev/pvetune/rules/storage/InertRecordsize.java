package dev.pvetune.rules.storage;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.DatasetType;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Storage;
import dev.pvetune.model.ZfsProperty;
import dev.pvetune.parse.zfs.PropertySource;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * STOR-006: recordsize set on a dataset whose children are all zvols, such as a zfspool storage
 * root. recordsize governs files of filesystems; zvols have their own volblocksize, so the value
 * looks like VM tuning but does nothing.
 */
public final class InertRecordsize implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("STOR-006", "inert-recordsize", Severity.INFO,
      "recordsize on a dataset that only holds zvols", Set.of(Input.ZFS_DATASETS, Input.STORAGE_CFG));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    for (Dataset ds : new TreeMap<>(inv.datasets()).values()) {
      if (ds.type() != DatasetType.FILESYSTEM) {
        continue;
      }
      Optional<ZfsProperty> recordsize = ds.property("recordsize").filter(p -> p.source().kind() == PropertySource.Kind.LOCAL);
      if (recordsize.isEmpty()) {
        continue;
      }
      List<Dataset> children = inv.children(ds.name());
      if (children.isEmpty() || !children.stream().allMatch(Dataset::isVolume)) {
        continue;
      }
      if (holdsDirStorage(ds, inv)) {
        continue;
      }
      Optional<Storage> storage = inv.storages().stream().filter(s -> s.zfsDataset().map(ds.name()::equals).orElse(false)).findFirst();
      String size = recordsize.get().number().isPresent() ? Bytes.blockSize(recordsize.get().number().getAsLong()) : recordsize.get().value();
      TreeMap<Long, Integer> volblocks = new TreeMap<>();
      children.forEach(c -> c.bytes("volblocksize").ifPresent(v -> volblocks.merge(v, 1, Integer::sum)));
      String actual = String.join(", ", volblocks.entrySet().stream().map(e -> e.getValue() + " at " + Bytes.blockSize(e.getKey())).toList());
      var finding = out.on("dataset/" + ds.name(), "dataset " + ds.name() + storage.map(s -> " (root of storage " + s.id() + ")").orElse("")
              + " has recordsize=" + size + " set locally, but all " + children.size() + " of its children are zvols")
          .evidence(ds.name() + " recordsize " + size + " (local)", recordsize.get().ref());
      children.stream().limit(6).forEach(c -> finding.evidence(c.name() + " is a volume" + c.bytes("volblocksize").stream()
          .mapToObj(v -> ", volblocksize " + Bytes.blockSize(v)).findFirst().orElse(""), c.ref()));
      storage.ifPresent(s -> finding.evidence("zfspool: " + s.id() + " pool " + ds.name(), s.source()));
      finding.impact("recordsize only governs files in filesystems; zvols use volblocksize (" + (actual.isEmpty() ? "unknown" : actual)
              + "), fixed when each is created. The setting changes nothing for these disks and can be mistaken for VM tuning"
              + (storage.map(s -> s.holds("rootdir")).orElse(false) ? "; a container volume created here later would inherit it" : ""))
          .fix("zfs inherit recordsize " + ds.name() + " (cosmetic; set blocksize on the storage to choose the volblocksize of new disks)", Disruption.ONLINE,
              new Change.ZfsProperty(ds.name(), "recordsize", recordsize.get().value(), recordsize.get().sourceText(), Optional.empty()))
          .add();
    }
  }

  /** A dir storage whose path is this dataset keeps files in it, where recordsize does apply. */
  private static boolean holdsDirStorage(Dataset ds, Inventory inv) {
    for (Storage s : inv.storages()) {
      if (s.path().isPresent() && StorageDataset.of(s, inv).map(d -> d.name().equals(ds.name())).orElse(false)) {
        return true;
      }
    }
    return false;
  }
}

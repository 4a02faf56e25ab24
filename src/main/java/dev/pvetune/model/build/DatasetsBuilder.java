package dev.pvetune.model.build;

import dev.pvetune.model.Dataset;
import dev.pvetune.model.DatasetType;
import dev.pvetune.model.Input;
import dev.pvetune.model.SourceRef;
import dev.pvetune.model.ZfsProperty;
import dev.pvetune.model.ZfsSnapshot;
import dev.pvetune.parse.zfs.PropertyValue;
import dev.pvetune.parse.zfs.Quantity;
import dev.pvetune.parse.zfs.Snapshot;
import dev.pvetune.parse.zfs.SnapshotListParser;
import dev.pvetune.parse.zfs.ZfsGetParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

/** Datasets and zvols from `zfs get`, snapshots from `zfs list -t snapshot`. */
final class DatasetsBuilder {
  private DatasetsBuilder() {}

  static Map<String, Dataset> datasets(Inputs in) {
    Map<String, Dataset> out = new LinkedHashMap<>();
    in.command("zfs-get", Input.ZFS_DATASETS).ifPresent(cmd ->
        in.parse(cmd.stdout(), cmd.path(), Input.ZFS_DATASETS, ZfsGetParser::parse).ifPresent(table -> {
          for (dev.pvetune.parse.zfs.Dataset d : table.datasets()) {
            if (d.type().isEmpty()) {
              continue;
            }
            DatasetType type = switch (d.type().get()) {
              case FILESYSTEM -> DatasetType.FILESYSTEM;
              case VOLUME -> DatasetType.VOLUME;
              default -> null;
            };
            if (type == null) {
              continue;
            }
            Map<String, ZfsProperty> props = new LinkedHashMap<>();
            d.properties().forEach((name, value) -> props.put(name, property(name, value, cmd.path())));
            out.put(d.name(), new Dataset(d.name(), type, props));
          }
        }));
    return out;
  }

  static ZfsProperty property(String name, PropertyValue value, String file) {
    OptionalLong number = value.quantity().map(q -> OptionalLong.of(q.value())).orElse(OptionalLong.empty());
    boolean exact = value.quantity().map(Quantity::exact).orElse(true);
    return new ZfsProperty(name, value.raw(), value.source(), new SourceRef(file, value.line()), number, exact);
  }

  static Map<String, List<ZfsSnapshot>> snapshots(Inputs in) {
    Map<String, List<ZfsSnapshot>> out = new LinkedHashMap<>();
    in.command("zfs-snapshots", Input.ZFS_SNAPSHOTS).ifPresent(cmd ->
        in.parse(cmd.stdout(), cmd.path(), Input.ZFS_SNAPSHOTS, SnapshotListParser::parse).ifPresent(list -> {
          for (Snapshot s : list) {
            out.computeIfAbsent(s.dataset(), k -> new ArrayList<>()).add(new ZfsSnapshot(s.dataset(), s.snapshot(),
                s.used().map(Quantity::value).orElse(0L), s.referenced().map(Quantity::value).orElse(0L),
                s.creation(), new SourceRef(cmd.path(), s.line())));
          }
        }));
    return out;
  }
}

package dev.pvetune.model.build;

import dev.pvetune.bundle.CommandOutput;
import dev.pvetune.model.Input;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Scan;
import dev.pvetune.model.SourceRef;
import dev.pvetune.model.Vdev;
import dev.pvetune.model.VdevClass;
import dev.pvetune.model.VdevType;
import dev.pvetune.model.ZfsProperty;
import dev.pvetune.parse.host.BlockDevice;
import dev.pvetune.parse.host.LsblkParser;
import dev.pvetune.parse.zfs.ListedPool;
import dev.pvetune.parse.zfs.PoolProperties;
import dev.pvetune.parse.zfs.PoolPropertyTable;
import dev.pvetune.parse.zfs.PoolStatus;
import dev.pvetune.parse.zfs.Quantity;
import dev.pvetune.parse.zfs.ScanActivity;
import dev.pvetune.parse.zfs.StatusVdev;
import dev.pvetune.parse.zfs.ZdbConfig;
import dev.pvetune.parse.zfs.ZdbConfigParser;
import dev.pvetune.parse.zfs.ZdbVdev;
import dev.pvetune.parse.zfs.ZpoolGetParser;
import dev.pvetune.parse.zfs.ZpoolListParser;
import dev.pvetune.parse.zfs.ZpoolStatusJsonParser;
import dev.pvetune.parse.zfs.ZpoolStatusParser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;

/** Pools: layout and health from `zpool status`, space from `zpool list`, properties, ashift, disks. */
final class PoolsBuilder {
  private final Inputs in;
  private final List<BlockDevice> devices;
  private String statusFile = "cmd/zpool-status.out";

  PoolsBuilder(Inputs in) {
    this.in = in;
    this.devices = in.command("lsblk", Input.BLOCK_DEVICES)
        .flatMap(c -> in.parse(c.stdout(), c.path(), Input.BLOCK_DEVICES, LsblkParser::parse))
        .orElse(List.of());
  }

  List<Pool> build() {
    Map<String, PoolStatus> statuses = statuses();
    Map<String, ListedPool> listed = new LinkedHashMap<>();
    String listFile = "cmd/zpool-list.out";
    Optional<CommandOutput> list = in.command("zpool-list", Input.POOL_LIST);
    if (list.isPresent()) {
      listFile = list.get().path();
      List<String> columns = ZpoolListParser.columnsOf(list.get().record().argv()).orElse(ZpoolListParser.FULL_COLUMNS);
      in.parse(list.get().stdout(), listFile, Input.POOL_LIST, (t, f) -> ZpoolListParser.parse(t, f, columns))
          .ifPresent(pools -> pools.forEach(p -> listed.put(p.name(), p)));
    }
    PoolPropertyTable properties = in.command("zpool-get", Input.POOL_PROPERTIES)
        .flatMap(c -> in.parse(c.stdout(), c.path(), Input.POOL_PROPERTIES, ZpoolGetParser::parse))
        .orElse(new PoolPropertyTable(List.of()));
    String propertiesFile = in.bundle().command("zpool-get").map(CommandOutput::path).orElse("cmd/zpool-get.out");
    Map<String, ZdbConfig> zdb = zdbConfigs();

    Set<String> names = new LinkedHashSet<>(statuses.keySet());
    names.addAll(listed.keySet());
    List<Pool> pools = new ArrayList<>();
    for (String name : names) {
      Optional<PoolStatus> status = Optional.ofNullable(statuses.get(name));
      Optional<ListedPool> row = Optional.ofNullable(listed.get(name));
      Optional<ZdbConfig> config = Optional.ofNullable(zdb.get(name));
      List<Vdev> vdevs = status.map(s -> s.topLevelVdevs().stream().map(v -> vdev(v, config)).toList()).orElse(List.of());
      Map<String, ZfsProperty> props = new LinkedHashMap<>();
      String pf = propertiesFile;
      properties.pool(name).map(PoolProperties::properties)
          .ifPresent(m -> m.forEach((k, v) -> props.put(k, DatasetsBuilder.property(k, v, pf))));
      String health = status.map(PoolStatus::state).or(() -> row.flatMap(ListedPool::health)).orElse("UNKNOWN");
      pools.add(new Pool(name, health,
          quantity(row.flatMap(ListedPool::size)), quantity(row.flatMap(ListedPool::allocated)), quantity(row.flatMap(ListedPool::free)),
          row.map(ListedPool::fragmentationPercent).orElse(OptionalInt.empty()),
          row.flatMap(ListedPool::capacityPercent).map(c -> OptionalInt.of(c.setScale(0, java.math.RoundingMode.DOWN).intValueExact())).orElse(OptionalInt.empty()),
          vdevs, props,
          status.flatMap(s -> scan(s, statusFile)),
          status.flatMap(PoolStatus::status),
          status.flatMap(PoolStatus::errors).map(e -> e.text()).orElse(""),
          new SourceRef(statusFile, status.map(PoolStatus::line).orElse(0)),
          new SourceRef(listFile, row.map(ListedPool::line).orElse(0)),
          status.flatMap(PoolStatus::errors),
          status.map(PoolStatus::featuresCanBeEnabled).orElse(false)));
    }
    return pools;
  }

  private Map<String, PoolStatus> statuses() {
    Map<String, PoolStatus> out = new LinkedHashMap<>();
    Optional<CommandOutput> json = in.bundle().command("zpool-status-json").filter(c -> c.record().succeeded());
    Optional<List<PoolStatus>> parsed = Optional.empty();
    if (json.isPresent()) {
      statusFile = json.get().path();
      parsed = in.parse(json.get().stdout(), statusFile, null, ZpoolStatusJsonParser::parse);
    }
    if (parsed.isEmpty()) {
      Optional<CommandOutput> text = in.command("zpool-status", Input.POOL_STATUS);
      if (text.isPresent()) {
        statusFile = text.get().path();
        parsed = in.parse(text.get().stdout(), statusFile, Input.POOL_STATUS, ZpoolStatusParser::parse);
      }
    }
    parsed.ifPresent(list -> list.forEach(p -> out.put(p.name(), p)));
    return out;
  }

  private Map<String, ZdbConfig> zdbConfigs() {
    Map<String, ZdbConfig> out = new LinkedHashMap<>();
    List<String> ids = in.bundle().commandIds("zdb-config-");
    String reason = ids.isEmpty() ? "no zdb -C output in the bundle" : null;
    for (String id : ids) {
      CommandOutput c = in.bundle().command(id).orElseThrow();
      if (!c.record().succeeded()) {
        reason = c.failure();
        continue;
      }
      in.parse(c.stdout(), c.path(), null, ZdbConfigParser::parse).ifPresent(z -> out.put(z.name(), z));
    }
    if (out.isEmpty()) {
      in.missing(Input.VDEV_ASHIFT, reason == null ? "zdb -C output could not be read" : reason);
    }
    return out;
  }

  private Vdev vdev(StatusVdev v, Optional<ZdbConfig> config) {
    OptionalInt ashift = config.flatMap(c -> zdbVdev(c, v)).map(ZdbVdev::ashift).orElse(OptionalInt.empty());
    return convert(v, ashift);
  }

  private Vdev convert(StatusVdev v, OptionalInt ashift) {
    VdevType type = type(v);
    List<Vdev> children = v.children().stream().map(c -> convert(c, OptionalInt.empty())).toList();
    Optional<BlockDevice> device = type.isLeaf() ? device(v.name()) : Optional.empty();
    return new Vdev(v.name(), vdevClass(v.vdevClass()), type, v.parity().orElse(0), ashift, v.state(),
        count(v.readErrors()), count(v.writeErrors()), count(v.checksumErrors()),
        v.note().orElse(""), children, device, new SourceRef(statusFile, v.line()));
  }

  private static Optional<ZdbVdev> zdbVdev(ZdbConfig config, StatusVdev v) {
    for (ZdbVdev z : config.realTopLevelVdevs()) {
      Optional<String> name = z.statusName();
      if (name.isPresent() && (name.get().equals(v.name()) || name.get().endsWith("/" + v.name()))) {
        return Optional.of(z);
      }
    }
    return Optional.empty();
  }

  private static VdevType type(StatusVdev v) {
    String t = v.type().orElse(v.children().isEmpty() ? (v.name().startsWith("/") && !v.name().startsWith("/dev/") ? "file" : "disk") : "");
    return switch (t) {
      case "mirror" -> VdevType.MIRROR;
      case "raidz" -> VdevType.RAIDZ;
      case "draid" -> VdevType.DRAID;
      case "disk" -> VdevType.DISK;
      case "file" -> VdevType.FILE;
      case "replacing" -> VdevType.REPLACING;
      case "spare" -> v.children().isEmpty() ? VdevType.DISK : VdevType.SPARE_GROUP;
      default -> VdevType.OTHER;
    };
  }

  private static VdevClass vdevClass(dev.pvetune.parse.zfs.VdevClass c) {
    return switch (c) {
      case NORMAL -> VdevClass.DATA;
      case DEDUP -> VdevClass.DEDUP;
      case SPECIAL -> VdevClass.SPECIAL;
      case LOG -> VdevClass.LOG;
      case CACHE -> VdevClass.CACHE;
      case SPARE -> VdevClass.SPARE;
    };
  }

  /**
   * The disk under a vdev leaf: by kernel name (sda3, nvme0n1p3) or by the serial or WWN in a
   * /dev/disk/by-id name. Partitions resolve to their disk.
   */
  Optional<BlockDevice> device(String leaf) {
    String name = leaf.substring(leaf.lastIndexOf('/') + 1);
    for (BlockDevice d : devices) {
      if (d.kernelName().equals(name) || d.name().equals(name) || d.path().map(p -> p.equals(leaf)).orElse(false)) {
        return Optional.of(diskOf(d));
      }
    }
    for (BlockDevice d : devices) {
      if (!d.type().equals("disk")) {
        continue;
      }
      boolean serial = d.serial().filter(s -> s.length() >= 4).map(s -> name.contains(s.replace(' ', '_'))).orElse(false);
      boolean wwn = d.wwn().filter(w -> w.length() >= 8).map(w -> name.startsWith("wwn-") && name.contains(w)).orElse(false);
      if (serial || wwn) {
        return Optional.of(d);
      }
    }
    return Optional.empty();
  }

  private BlockDevice diskOf(BlockDevice d) {
    if (d.type().equals("part") && d.parentKernelName().isPresent()) {
      for (BlockDevice parent : devices) {
        if (parent.kernelName().equals(d.parentKernelName().get())) {
          return parent;
        }
      }
    }
    return d;
  }

  private static Optional<Scan> scan(PoolStatus status, String file) {
    List<ScanActivity> scans = status.scans();
    if (scans.isEmpty()) {
      return Optional.empty();
    }
    ScanActivity s = status.scrub().orElse(scans.get(scans.size() - 1));
    Scan.Kind kind = switch (s.function()) {
      case SCRUB -> Scan.Kind.SCRUB;
      case RESILVER -> Scan.Kind.RESILVER;
      default -> Scan.Kind.NONE;
    };
    Scan.State state = switch (s.state()) {
      case IN_PROGRESS -> Scan.State.IN_PROGRESS;
      case PAUSED -> Scan.State.PAUSED;
      case FINISHED -> Scan.State.FINISHED;
      case CANCELED -> Scan.State.CANCELED;
      default -> Scan.State.NONE;
    };
    return Optional.of(new Scan(kind, state, s.ended(), s.errors().orElse(0L),
        s.processed().map(Quantity::value).orElse(0L), new SourceRef(file, s.line())));
  }

  private static long count(Optional<Quantity> q) {
    return q.map(Quantity::value).orElse(0L);
  }

  private static OptionalLong quantity(Optional<Quantity> q) {
    return q.map(v -> OptionalLong.of(v.value())).orElse(OptionalLong.empty());
  }
}

package dev.pvetune.model.build;

import dev.pvetune.bundle.BundleText;
import dev.pvetune.model.Arc;
import dev.pvetune.model.Dataset;
import dev.pvetune.model.Host;
import dev.pvetune.model.HostMemory;
import dev.pvetune.model.Input;
import dev.pvetune.model.MountTable;
import dev.pvetune.model.Setting;
import dev.pvetune.model.SoftwareVersion;
import dev.pvetune.model.SourceRef;
import dev.pvetune.model.Swap;
import dev.pvetune.model.Versions;
import dev.pvetune.parse.host.CronTab;
import dev.pvetune.parse.host.CrontabParser;
import dev.pvetune.parse.host.DmidecodeMemoryParser;
import dev.pvetune.parse.host.MemoryArray;
import dev.pvetune.parse.host.Mount;
import dev.pvetune.parse.host.MeminfoParser;
import dev.pvetune.parse.host.ModprobeConf;
import dev.pvetune.parse.host.ModprobeConfParser;
import dev.pvetune.parse.host.ModuleOption;
import dev.pvetune.parse.host.ModuleParameterParser;
import dev.pvetune.parse.host.PeriodicScriptParser;
import dev.pvetune.parse.host.PeriodicScriptPolicy;
import dev.pvetune.parse.host.SwapDevice;
import dev.pvetune.parse.host.SwapParser;
import dev.pvetune.parse.host.SystemdTimer;
import dev.pvetune.parse.host.SystemdTimersParser;
import dev.pvetune.parse.host.ZedRcParser;
import dev.pvetune.parse.host.ZvolLinks;
import dev.pvetune.parse.host.ZvolLinksParser;
import dev.pvetune.parse.pve.PveVersionParser;
import dev.pvetune.parse.zfs.ArcstatsParser;
import dev.pvetune.parse.zfs.ZfsVersionParser;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Node-level facts: memory, ARC, module parameters, swap, schedules, notifications, versions. */
final class HostBuilder {
  private static final String PARAMETERS = "/sys/module/zfs/parameters/";

  private final Inputs in;
  private final Map<String, Dataset> datasets;
  private final MountTable mounts;
  private final List<Mount> procMounts;

  /** {@code procMounts} is /proc/mounts as the inventory builder parsed it (empty when absent). */
  HostBuilder(Inputs in, Map<String, Dataset> datasets, MountTable mounts, List<Mount> procMounts) {
    this.in = in;
    this.datasets = datasets;
    this.mounts = mounts;
    this.procMounts = procMounts;
  }

  Host build() {
    Optional<HostMemory> memory = in.file("/proc/meminfo", Input.MEMINFO)
        .flatMap(f -> in.parse(f.text(), f.path(), Input.MEMINFO, MeminfoParser::parse).flatMap(m -> {
          if (m.totalBytes().isEmpty()) {
            in.missing(Input.MEMINFO, f.path() + " has no MemTotal");
            return Optional.empty();
          }
          int line = m.entry("MemTotal").map(e -> e.line()).orElse(0);
          return Optional.of(new HostMemory(m.totalBytes().getAsLong(), m.availableBytes().orElse(0), new SourceRef(f.path(), line)));
        }));
    Optional<Arc> arc = in.file("/proc/spl/kstat/zfs/arcstats", Input.ARCSTATS)
        .flatMap(f -> in.parse(f.text(), f.path(), Input.ARCSTATS, ArcstatsParser::parse).map(a -> {
          Map<String, Long> stats = new LinkedHashMap<>();
          Map<String, Integer> lines = new LinkedHashMap<>();
          a.stats().forEach((k, v) -> {
            stats.put(k, v.value());
            lines.put(k, v.line());
          });
          return new Arc(stats, lines, f.path());
        }));
    return new Host(memory, arc, zfsParameters(), modprobeZfsOptions(), swaps(), swappiness(), memoryErrorCorrection(),
        zedRc(), cron(), timers(), trimScript(), versions(), procMounts);
  }

  /**
   * DMI's Error Correction Type of the system memory; with several arrays, the first one that does
   * not correct errors, so one non-ECC bank is not hidden behind an ECC one. Whether the command is
   * in the bundle is tracked by the inventory builder (Input.DMI_MEMORY).
   */
  private Optional<Setting> memoryErrorCorrection() {
    return in.bundle().command("dmidecode-memory").filter(c -> c.record().succeeded())
        .flatMap(c -> in.parse(c.stdout(), c.path(), null, DmidecodeMemoryParser::parse).flatMap(dmi -> {
          List<MemoryArray> arrays = dmi.systemMemoryArrays().isEmpty() ? dmi.arrays() : dmi.systemMemoryArrays();
          return arrays.stream().filter(a -> a.errorCorrectionText().isPresent())
              .min(Comparator.comparingInt(a -> a.errorCorrection().corrects() ? 2 : a.errorCorrection() == MemoryArray.ErrorCorrection.UNKNOWN ? 1 : 0))
              .map(a -> new Setting(a.errorCorrectionText().get(), new SourceRef(c.path(), a.line())));
        }));
  }

  private Map<String, Setting> zfsParameters() {
    Map<String, Setting> out = new LinkedHashMap<>();
    for (String path : in.bundle().filesUnder(PARAMETERS)) {
      BundleText f = in.bundle().file(path).orElseThrow();
      in.parse(f.text(), f.path(), null, ModuleParameterParser::parse)
          .ifPresent(p -> out.put(path.substring(PARAMETERS.length()), new Setting(p.value(), new SourceRef(f.path(), p.line()))));
    }
    if (out.isEmpty()) {
      in.missing(Input.ZFS_PARAMETERS, "no files from " + PARAMETERS + " in the bundle (is the zfs module loaded?)");
    }
    return out;
  }

  private Map<String, Setting> modprobeZfsOptions() {
    List<ModprobeConf> confs = new ArrayList<>();
    for (String path : in.bundle().filesUnder("/etc/modprobe.d/")) {
      if (path.endsWith(".conf")) {
        BundleText f = in.bundle().file(path).orElseThrow();
        in.parse(f.text(), f.path(), null, ModprobeConfParser::parse).ifPresent(confs::add);
      }
    }
    Map<String, Setting> out = new LinkedHashMap<>();
    for (Map.Entry<String, ModuleOption> e : ModprobeConf.effective(confs, "zfs").entrySet()) {
      ModuleOption o = e.getValue();
      out.put(e.getKey(), new Setting(o.value().orElse(""), new SourceRef(o.file(), o.line())));
    }
    return out;
  }

  private List<Swap> swaps() {
    Optional<List<Located<SwapDevice>>> devices = in.bundle().command("swapon").filter(c -> c.record().succeeded())
        .flatMap(c -> in.parse(c.stdout(), c.path(), null, SwapParser::parseSwapon).map(list -> withFile(list, c.path())));
    if (devices.isEmpty()) {
      devices = in.file("/proc/swaps", Input.SWAPS)
          .flatMap(f -> in.parse(f.text(), f.path(), Input.SWAPS, SwapParser::parseProcSwaps).map(list -> withFile(list, f.path())));
    }
    Optional<ZvolLinks> links = in.command("zvol-links", Input.ZVOL_LINKS)
        .flatMap(c -> in.parse(c.stdout(), c.path(), Input.ZVOL_LINKS, ZvolLinksParser::parse));
    List<Swap> out = new ArrayList<>();
    for (Located<SwapDevice> s : devices.orElse(List.of())) {
      SwapDevice d = s.value();
      Optional<Dataset> zvol = links.flatMap(l -> l.byDevice(d.name())).map(l -> datasets.get(l.dataset()));
      Optional<Dataset> onDataset = d.type().equals("file") ? mounts.datasetHolding(d.name(), datasets) : Optional.empty();
      out.add(new Swap(d.name(), d.type(), d.sizeBytes(), d.usedBytes(), zvol, onDataset, new SourceRef(s.file(), d.line())));
    }
    return out;
  }

  private record Located<T>(T value, String file) {}

  private static List<Located<SwapDevice>> withFile(List<SwapDevice> list, String file) {
    return list.stream().map(d -> new Located<>(d, file)).toList();
  }

  private Optional<Setting> swappiness() {
    return in.file("/proc/sys/vm/swappiness", Input.SWAPPINESS).map(f -> new Setting(f.text().strip(), new SourceRef(f.path(), 1)));
  }

  private Map<String, Setting> zedRc() {
    Map<String, Setting> out = new LinkedHashMap<>();
    in.file("/etc/zfs/zed.d/zed.rc", Input.ZED_RC)
        .flatMap(f -> in.parse(f.text(), f.path(), Input.ZED_RC, ZedRcParser::parse).map(z -> {
          z.variables().forEach((k, v) -> out.put(k, new Setting(v.value(), new SourceRef(f.path(), v.line()))));
          return z;
        }));
    return out;
  }

  private Map<String, CronTab> cron() {
    Map<String, CronTab> out = new LinkedHashMap<>();
    List<String> system = new ArrayList<>(in.bundle().filesUnder("/etc/cron.d/"));
    in.bundle().file("/etc/crontab").ifPresent(f -> system.add("/etc/crontab"));
    for (String path : system) {
      BundleText f = in.bundle().file(path).orElseThrow();
      in.parse(f.text(), f.path(), null, CrontabParser::parseSystem).ifPresent(t -> out.put(f.path(), t));
    }
    for (String path : in.bundle().filesUnder("/var/spool/cron/crontabs/")) {
      BundleText f = in.bundle().file(path).orElseThrow();
      in.parse(f.text(), f.path(), null, CrontabParser::parseUser).ifPresent(t -> out.put(f.path(), t));
    }
    return out;
  }

  private List<SystemdTimer> timers() {
    return in.command("timers", Input.SCHEDULES)
        .flatMap(c -> in.parse(c.stdout(), c.path(), Input.SCHEDULES, SystemdTimersParser::parse))
        .orElse(List.of());
  }

  private Optional<PeriodicScriptPolicy> trimScript() {
    return in.bundle().file("/usr/lib/zfs-linux/trim")
        .flatMap(f -> in.parse(f.text(), f.path(), null, PeriodicScriptParser::parse));
  }

  private Versions versions() {
    var packages = in.command("pveversion", Input.VERSIONS)
        .flatMap(c -> in.parse(c.stdout(), c.path(), Input.VERSIONS, PveVersionParser::parse));
    Optional<SoftwareVersion> manager = packages.flatMap(p -> p.version("pve-manager")).map(v -> SoftwareVersion.parse(v.text()));
    Optional<SoftwareVersion> qemuServer = packages.flatMap(p -> p.version("qemu-server")).map(v -> SoftwareVersion.parse(v.text()));
    Optional<SoftwareVersion> zfs = in.bundle().command("zfs-version").filter(c -> c.record().succeeded())
        .flatMap(c -> in.parse(c.stdout(), c.path(), null, ZfsVersionParser::parse))
        .flatMap(v -> v.effective()).map(v -> SoftwareVersion.parse(v.raw()));
    if (zfs.isEmpty()) {
      zfs = in.bundle().file("/sys/module/zfs/version").map(f -> SoftwareVersion.parse(f.text().strip()));
    }
    if (zfs.isEmpty()) {
      in.missing(Input.ZFS_VERSION, "neither zfs version nor /sys/module/zfs/version is in the bundle");
    }
    Optional<SoftwareVersion> kernel = in.bundle().command("uname").filter(c -> c.record().succeeded())
        .map(c -> SoftwareVersion.parse(c.stdout().strip()));
    return new Versions(manager, qemuServer, zfs, kernel, SourceRef.of(in.bundle().command("pveversion").map(c -> c.path()).orElse("cmd/pveversion.out")));
  }
}

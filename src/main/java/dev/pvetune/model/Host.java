package dev.pvetune.model;

import dev.pvetune.parse.host.CronTab;
import dev.pvetune.parse.host.Mount;
import dev.pvetune.parse.host.PeriodicScriptPolicy;
import dev.pvetune.parse.host.SystemdTimer;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Node-level facts: memory, ARC, module parameters (live and persisted), swap, schedules,
 * notifications, versions and mounts. Cron tables are keyed by their bundle path.
 * {@code memoryErrorCorrection} is DMI's Error Correction Type of the system memory (the first
 * array without correction when there are several); {@code mounts} is /proc/mounts, empty when
 * it was not collected.
 */
public record Host(
    Optional<HostMemory> memory,
    Optional<Arc> arc,
    Map<String, Setting> zfsParameters,
    Map<String, Setting> modprobeZfsOptions,
    List<Swap> swaps,
    Optional<Setting> swappiness,
    Optional<Setting> memoryErrorCorrection,
    Map<String, Setting> zedRc,
    Map<String, CronTab> cron,
    List<SystemdTimer> timers,
    Optional<PeriodicScriptPolicy> trimScript,
    Versions versions,
    List<Mount> mounts) {

  public static final String TIMERS_FILE = "cmd/timers.out";
  public static final String TRIM_SCRIPT_FILE = "files/usr/lib/zfs-linux/trim";
  public static final String MOUNTS_FILE = "files/proc/mounts";

  public Host {
    zfsParameters = Map.copyOf(zfsParameters);
    modprobeZfsOptions = Map.copyOf(modprobeZfsOptions);
    swaps = List.copyOf(swaps);
    zedRc = Map.copyOf(zedRc);
    cron = Map.copyOf(cron);
    timers = List.copyOf(timers);
    mounts = List.copyOf(mounts);
  }

  /** The mount a path lies on: the longest mount point that is a prefix of it. */
  public Optional<Mount> mountHolding(String path) {
    Mount best = null;
    for (Mount m : mounts) {
      String mp = m.mountPoint();
      boolean under = path.equals(mp) || mp.equals("/") || path.startsWith(mp + "/");
      if (under && (best == null || mp.length() >= best.mountPoint().length())) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  public static SourceRef ref(Mount mount) {
    return new SourceRef(MOUNTS_FILE, mount.line());
  }

  /** Every cron entry with the bundle path of its file. */
  public List<ScheduledCommand> cronEntries() {
    return cron.entrySet().stream().sorted(Map.Entry.comparingByKey())
        .flatMap(e -> e.getValue().entries().stream().map(c -> new ScheduledCommand(
            String.join(" ", c.special().map(List::of).orElse(c.timeFields())), c.command(), new SourceRef(e.getKey(), c.line()))))
        .toList();
  }

  /** A cron line: its schedule, command and where it was written. */
  public record ScheduledCommand(String schedule, String command, SourceRef ref) {}
}

package dev.pvetune.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Node-level facts: memory, ARC, module parameters, swap, schedules, notifications, versions. */
public record Host(
    Optional<HostMemory> memory,
    Optional<Arc> arc,
    Map<String, Setting> zfsParameters,
    Map<String, Setting> modprobeZfsOptions,
    List<Swap> swaps,
    Optional<Setting> swappiness,
    Optional<Setting> memoryErrorCorrection,
    Map<String, Setting> zedRc,
    List<CronEntry> cron,
    List<SystemdTimer> timers,
    Optional<TrimScript> trimScript,
    Versions versions) {

  public Host {
    zfsParameters = Map.copyOf(zfsParameters);
    modprobeZfsOptions = Map.copyOf(modprobeZfsOptions);
    swaps = List.copyOf(swaps);
    zedRc = Map.copyOf(zedRc);
    cron = List.copyOf(cron);
    timers = List.copyOf(timers);
  }
}

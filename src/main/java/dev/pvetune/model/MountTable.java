package dev.pvetune.model;

import dev.pvetune.parse.host.Mount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which ZFS filesystem a host path lies on: the longest mountpoint prefix, from /proc/mounts
 * when collected, otherwise from the datasets' mountpoint and mounted properties.
 */
public final class MountTable {
  private record Entry(String mountPoint, String dataset) {}

  private final List<Entry> entries;
  private final boolean known;

  private MountTable(List<Entry> entries, boolean known) {
    this.entries = entries.stream().sorted(Comparator.comparingInt((Entry e) -> e.mountPoint().length()).reversed()).toList();
    this.known = known;
  }

  public static MountTable of(Optional<List<Mount>> procMounts, Map<String, Dataset> datasets, boolean haveDatasets) {
    List<Entry> entries = new ArrayList<>();
    if (procMounts.isPresent()) {
      for (Mount m : procMounts.get()) {
        entries.add(new Entry(m.mountPoint(), m.fsType().equals("zfs") ? m.device() : null));
      }
      return new MountTable(entries, true);
    }
    for (Dataset d : datasets.values()) {
      d.mountedAt().ifPresent(mp -> entries.add(new Entry(mp, d.name())));
    }
    return new MountTable(entries, haveDatasets);
  }

  public boolean known() {
    return known;
  }

  /** The ZFS dataset whose mountpoint is the longest prefix of the path, if that mount is ZFS. */
  public Optional<Dataset> datasetHolding(String path, Map<String, Dataset> datasets) {
    for (Entry e : entries) {
      String mp = e.mountPoint();
      boolean under = path.equals(mp) || mp.equals("/") || path.startsWith(mp.endsWith("/") ? mp : mp + "/");
      if (under) {
        return e.dataset() == null ? Optional.empty() : Optional.ofNullable(datasets.get(e.dataset()));
      }
    }
    return Optional.empty();
  }
}

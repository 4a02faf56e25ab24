package dev.pvetune.model;

import java.util.Map;
import java.util.OptionalLong;

/** The ARC kstats (/proc/spl/kstat/zfs/arcstats); every key is optional across versions. */
public record Arc(Map<String, Long> stats, Map<String, Integer> lines, String file) {
  public Arc {
    stats = Map.copyOf(stats);
    lines = Map.copyOf(lines);
  }

  public OptionalLong stat(String key) {
    Long v = stats.get(key);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }

  /** Where a statistic was read, for evidence. */
  public SourceRef ref(String key) {
    return new SourceRef(file, lines.getOrDefault(key, 0));
  }
}

package dev.pvetune.model;

import java.util.Map;
import java.util.OptionalLong;

/** The ARC kstats (/proc/spl/kstat/zfs/arcstats); every key is optional across versions. */
public record Arc(Map<String, Long> stats, SourceRef ref) {
  public Arc {
    stats = Map.copyOf(stats);
  }

  public OptionalLong stat(String key) {
    Long v = stats.get(key);
    return v == null ? OptionalLong.empty() : OptionalLong.of(v);
  }
}

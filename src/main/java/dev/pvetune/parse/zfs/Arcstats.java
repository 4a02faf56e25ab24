package dev.pvetune.parse.zfs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The ARC statistics, by name. Every key is optional: OpenZFS 2.2 removed {@code p}, {@code
 * arc_meta_limit}, {@code arc_meta_max}, {@code arc_meta_min} and added {@code iohits}, {@code
 * *_iohits}, {@code uncached_*}, {@code meta}, {@code pd}, {@code pm}. Counters count since module
 * load; compare two samples for rates.
 */
public record Arcstats(Map<String, ArcStat> stats) {

  public Arcstats {
    stats = Collections.unmodifiableMap(new LinkedHashMap<>(stats));
  }

  public Optional<ArcStat> stat(String name) {
    return Optional.ofNullable(stats.get(name));
  }

  public OptionalLong value(String name) {
    ArcStat stat = stats.get(name);
    return stat == null ? OptionalLong.empty() : OptionalLong.of(stat.value());
  }

  /** {@code size}: current ARC size in bytes. */
  public OptionalLong size() {
    return value("size");
  }

  /** {@code c}: target size in bytes. */
  public OptionalLong targetSize() {
    return value("c");
  }

  /** {@code c_max}: the maximum size in effect (what {@code zfs_arc_max=0} resolved to). */
  public OptionalLong maxSize() {
    return value("c_max");
  }

  /** {@code c_min}: the minimum size in effect. */
  public OptionalLong minSize() {
    return value("c_min");
  }

  /** True for the key set of OpenZFS 2.2 and later ({@code pd} present, {@code p} gone). */
  public boolean hasAdaptiveEvictionKeys() {
    return stats.containsKey("pd") && !stats.containsKey("p");
  }
}

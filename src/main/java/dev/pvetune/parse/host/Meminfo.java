package dev.pvetune.parse.host;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code /proc/meminfo} by field name. The ZFS ARC is not part of {@code Cached} and not counted
 * in {@code MemAvailable}; subtract {@code arcstats size} where "used" must exclude it.
 */
public record Meminfo(Map<String, MeminfoEntry> entries) {

  public Meminfo {
    entries = Collections.unmodifiableMap(new LinkedHashMap<>(entries));
  }

  public Optional<MeminfoEntry> entry(String name) {
    return Optional.ofNullable(entries.get(name));
  }

  /** A kB field in bytes; empty when missing or not a kB field. */
  public OptionalLong bytes(String name) {
    MeminfoEntry e = entries.get(name);
    return e == null || !e.kilobytes() ? OptionalLong.empty() : OptionalLong.of(e.bytes());
  }

  /** A unit-less count ({@code HugePages_Total}); empty when missing or a kB field. */
  public OptionalLong count(String name) {
    MeminfoEntry e = entries.get(name);
    return e == null || e.kilobytes() ? OptionalLong.empty() : OptionalLong.of(e.value());
  }

  public OptionalLong totalBytes() {
    return bytes("MemTotal");
  }

  public OptionalLong availableBytes() {
    return bytes("MemAvailable");
  }

  public OptionalLong swapTotalBytes() {
    return bytes("SwapTotal");
  }

  public OptionalLong swapFreeBytes() {
    return bytes("SwapFree");
  }
}

package dev.pvetune.model;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/** A ZFS filesystem or volume (zvol) with every property `zfs get all` reported for it. */
public record Dataset(String name, DatasetType type, Map<String, ZfsProperty> properties) {
  public Dataset {
    properties = Map.copyOf(properties);
  }

  public String pool() {
    int slash = name.indexOf('/');
    return slash < 0 ? name : name.substring(0, slash);
  }

  public boolean isVolume() {
    return type == DatasetType.VOLUME;
  }

  public Optional<ZfsProperty> property(String property) {
    return Optional.ofNullable(properties.get(property));
  }

  public String value(String property) {
    ZfsProperty p = properties.get(property);
    return p == null ? "" : p.value();
  }

  public OptionalLong bytes(String property) {
    ZfsProperty p = properties.get(property);
    return p == null ? OptionalLong.empty() : p.number();
  }

  /** The dataset's mountpoint if it is a mounted filesystem with a path mountpoint. */
  public Optional<String> mountedAt() {
    if (type != DatasetType.FILESYSTEM) {
      return Optional.empty();
    }
    String mp = value("mountpoint");
    boolean mounted = !"no".equals(value("mounted"));
    return mounted && mp.startsWith("/") ? Optional.of(mp) : Optional.empty();
  }

  public SourceRef ref() {
    return properties.values().stream().map(ZfsProperty::ref).filter(r -> r.line() > 0)
        .min(java.util.Comparator.comparingInt(SourceRef::line)).orElse(SourceRef.of("cmd/zfs-get.out"));
  }
}

package dev.pvetune.parse.pve;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * {@code /etc/pve/datacenter.cfg}: cluster-wide options.
 *
 * @param description the decoded {@code #} lines, if any
 * @param entries every accepted {@code key: value} line by key, in file order (last one wins for a
 *     repeated key); property-string values Proxmox would reject are left out
 */
public record DatacenterConfig(Optional<String> description, Map<String, ConfigEntry> entries) {
  public DatacenterConfig {
    entries = PveText.orderedCopy(entries);
  }

  public Optional<ConfigEntry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  public Optional<String> value(String key) {
    return entry(key).map(ConfigEntry::value);
  }

  /** A property-string option such as {@code migration} or {@code bwlimit}. */
  public Optional<PropertyString> propertyString(String key) {
    Optional<String> value = value(key);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(PropertyString.parse(value.get()));
    } catch (PropertyStringException e) {
      return Optional.empty();
    }
  }

  /** {@code migration: [type=]secure|insecure}; Proxmox uses {@code secure} when unset. */
  public Optional<String> migrationType() {
    return propertyString("migration").flatMap(p -> p.defaultValue().or(() -> p.get("type")));
  }

  /** {@code migration: ...,network=<CIDR>}: the dedicated migration network, if set. */
  public Optional<String> migrationNetwork() {
    return propertyString("migration").flatMap(p -> p.get("network"));
  }

  /** {@code ha: shutdown_policy=freeze|failover|conditional|migrate}. */
  public Optional<String> haShutdownPolicy() {
    return propertyString("ha").flatMap(p -> p.get("shutdown_policy"));
  }

  /** {@code bwlimit: <kind>=<KiB/s>} for {@code default migration restore clone move}. */
  public OptionalLong bandwidthLimitKib(String kind) {
    Optional<String> value = propertyString("bwlimit").flatMap(p -> p.get(kind));
    if (value.isEmpty() || !value.get().matches("\\d{1,15}")) {
      return OptionalLong.empty();
    }
    return OptionalLong.of(Long.parseLong(value.get()));
  }
}

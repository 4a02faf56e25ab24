package dev.pvetune.parse.zfs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * One dataset from {@code zfs get ... all}: its properties in the order ZFS printed them.
 *
 * @param name full dataset name ({@code rpool/data/vm-101-disk-0}); may contain spaces
 * @param type the {@code type} property; empty when that row is missing or unreadable
 * @param properties property name to value; user properties keep their {@code module:name} key
 * @param line line of the dataset's first row
 */
public record Dataset(
    String name, Optional<DatasetType> type, Map<String, PropertyValue> properties, int line) {

  public Dataset {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  public Optional<PropertyValue> property(String property) {
    return Optional.ofNullable(properties.get(property));
  }

  /** The printed value, or empty when the property is missing or printed as {@code -}. */
  public Optional<String> value(String property) {
    return property(property).filter(v -> !v.isAbsent()).map(PropertyValue::raw);
  }

  /** A size or count property as a number (see {@link PropertyValue#quantity()}). */
  public Optional<Quantity> quantity(String property) {
    return property(property).flatMap(PropertyValue::quantity);
  }

  /** User properties: those whose name contains {@code :} ({@code com.sun:auto-snapshot}). */
  public Map<String, PropertyValue> userProperties() {
    Map<String, PropertyValue> user = new LinkedHashMap<>();
    properties.forEach(
        (key, value) -> {
          if (key.indexOf(':') >= 0) {
            user.put(key, value);
          }
        });
    return Collections.unmodifiableMap(user);
  }

  /** The pool: the name up to the first {@code /}, {@code @} or {@code #}. */
  public String pool() {
    return DatasetNames.pool(name);
  }
}

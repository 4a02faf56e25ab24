package dev.pvetune.parse.zfs;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Every property of one pool from {@code zpool get -Hp all}, {@code feature@} rows included.
 *
 * @param pool the pool name
 * @param properties property name to value, in printed order ({@code feature@async_destroy},
 *     user properties such as {@code org.debian:periodic-trim} on OpenZFS 2.2+)
 * @param line line of the pool's first row
 */
public record PoolProperties(String pool, Map<String, PropertyValue> properties, int line) {

  private static final String FEATURE_PREFIX = "feature@";

  public PoolProperties {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  public Optional<PropertyValue> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** The printed value, or empty when missing or printed as {@code -}. */
  public Optional<String> value(String name) {
    return property(name).filter(v -> !v.isAbsent()).map(PropertyValue::raw);
  }

  public Optional<Quantity> quantity(String name) {
    return property(name).flatMap(PropertyValue::quantity);
  }

  /** State of one feature, by its name without {@code feature@} ({@code block_cloning}). */
  public Optional<FeatureState> feature(String name) {
    return property(FEATURE_PREFIX + name).flatMap(v -> FeatureState.parse(v.raw()));
  }

  /** Every feature row: feature name (without {@code feature@}) to its printed value. */
  public Map<String, PropertyValue> features() {
    Map<String, PropertyValue> features = new LinkedHashMap<>();
    properties.forEach(
        (key, value) -> {
          if (key.startsWith(FEATURE_PREFIX)) {
            features.put(key.substring(FEATURE_PREFIX.length()), value);
          }
        });
    return Collections.unmodifiableMap(features);
  }
}

package dev.pvetune.model;

import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** Which inputs the bundle provided, and for each missing one, why. */
public final class Availability {
  private final Map<Input, String> missing;

  private Availability(Map<Input, String> missing) {
    this.missing = missing;
  }

  public static Availability all() {
    return new Availability(new EnumMap<>(Input.class));
  }

  public Availability without(Input input, String reason) {
    Map<Input, String> copy = new EnumMap<>(Input.class);
    copy.putAll(missing);
    copy.putIfAbsent(input, reason);
    return new Availability(copy);
  }

  public boolean has(Input input) {
    return !missing.containsKey(input);
  }

  public Optional<String> missingReason(Input input) {
    return Optional.ofNullable(missing.get(input));
  }

  public Map<Input, String> missing() {
    return Map.copyOf(missing);
  }
}

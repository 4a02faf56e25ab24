package dev.pvetune.parse.zfs;

import java.util.Optional;

/** Value of a {@code feature@<name>} pool property. */
public enum FeatureState {
  DISABLED,
  ENABLED,
  ACTIVE;

  public static Optional<FeatureState> parse(String text) {
    switch (text) {
      case "disabled":
        return Optional.of(DISABLED);
      case "enabled":
        return Optional.of(ENABLED);
      case "active":
        return Optional.of(ACTIVE);
      default:
        return Optional.empty();
    }
  }
}

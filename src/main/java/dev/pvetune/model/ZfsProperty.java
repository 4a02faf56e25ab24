package dev.pvetune.model;

import java.util.OptionalLong;

/**
 * One property of a dataset or pool. {@code exact} is false when the bundle only had the
 * human-readable form (e.g. "1.50G" from an old ZFS without -p).
 */
public record ZfsProperty(String name, String value, PropertySource source, SourceRef ref, OptionalLong number, boolean exact) {
  public boolean isSet() {
    return !value.equals("-") && !value.equals("none");
  }

  public long bytesOr(long fallback) {
    return number.orElse(fallback);
  }
}

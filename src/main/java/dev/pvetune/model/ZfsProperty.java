package dev.pvetune.model;

import dev.pvetune.parse.zfs.PropertySource;
import java.util.OptionalLong;

/**
 * One property of a dataset or pool. {@code exact} is false when the bundle only had the
 * human-readable form (e.g. "1.50G" from an old ZFS without -p).
 */
public record ZfsProperty(String name, String value, PropertySource source, SourceRef ref, OptionalLong number, boolean exact) {
  public boolean isSet() {
    return !value.equals("-") && !value.equals("none");
  }

  /** The source column as `zfs get` prints it: local, default, inherited from tank, -. */
  public String sourceText() {
    return switch (source.kind()) {
      case INHERITED -> "inherited from " + source.inheritedFrom().orElse("?");
      case NONE -> "-";
      default -> source.kind().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  /** The dataset a value comes from: itself, or the ancestor it inherits from. */
  public String ownerOr(String dataset) {
    return source.inheritedFrom().orElse(dataset);
  }
}

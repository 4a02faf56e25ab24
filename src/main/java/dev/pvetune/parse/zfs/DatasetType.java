package dev.pvetune.parse.zfs;

import java.util.Optional;

/** The {@code type} property of a ZFS dataset. */
public enum DatasetType {
  FILESYSTEM("filesystem"),
  VOLUME("volume"),
  SNAPSHOT("snapshot"),
  BOOKMARK("bookmark");

  private final String printed;

  DatasetType(String printed) {
    this.printed = printed;
  }

  public String printed() {
    return printed;
  }

  public static Optional<DatasetType> parse(String text) {
    for (DatasetType type : values()) {
      if (type.printed.equals(text)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}

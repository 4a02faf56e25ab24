package dev.pvetune.parse.zfs;

import java.util.Optional;

/**
 * The SOURCE column of {@code zfs get} / {@code zpool get}: where a property value comes from.
 *
 * @param kind which kind of source
 * @param inheritedFrom the dataset named in {@code inherited from <ds>}; present only for {@link
 *     Kind#INHERITED}
 */
public record PropertySource(Kind kind, Optional<String> inheritedFrom) {

  /** Source kinds; {@code NONE} is the {@code -} of read-only statistics. */
  public enum Kind {
    LOCAL,
    DEFAULT,
    INHERITED,
    TEMPORARY,
    RECEIVED,
    NONE
  }

  public static final PropertySource LOCAL = new PropertySource(Kind.LOCAL, Optional.empty());
  public static final PropertySource DEFAULT = new PropertySource(Kind.DEFAULT, Optional.empty());
  public static final PropertySource TEMPORARY =
      new PropertySource(Kind.TEMPORARY, Optional.empty());
  public static final PropertySource RECEIVED =
      new PropertySource(Kind.RECEIVED, Optional.empty());
  public static final PropertySource NONE = new PropertySource(Kind.NONE, Optional.empty());

  private static final String INHERITED_PREFIX = "inherited from ";

  public PropertySource {
    if (kind == Kind.INHERITED && inheritedFrom.isEmpty()) {
      throw new IllegalArgumentException("an inherited source names its dataset");
    }
    if (kind != Kind.INHERITED && inheritedFrom.isPresent()) {
      throw new IllegalArgumentException("only an inherited source names a dataset");
    }
  }

  public static PropertySource inheritedFrom(String dataset) {
    return new PropertySource(Kind.INHERITED, Optional.of(dataset));
  }

  /** Reads the printed SOURCE text; empty when it is none of the forms ZFS prints. */
  public static Optional<PropertySource> parse(String text) {
    switch (text) {
      case "-":
        return Optional.of(NONE);
      case "local":
        return Optional.of(LOCAL);
      case "default":
        return Optional.of(DEFAULT);
      case "temporary":
        return Optional.of(TEMPORARY);
      case "received":
        return Optional.of(RECEIVED);
      default:
        if (text.startsWith(INHERITED_PREFIX) && text.length() > INHERITED_PREFIX.length()) {
          return Optional.of(inheritedFrom(text.substring(INHERITED_PREFIX.length())));
        }
        return Optional.empty();
    }
  }

  /** True when someone set the value on this object (locally or by {@code zfs receive}). */
  public boolean isExplicit() {
    return kind == Kind.LOCAL || kind == Kind.RECEIVED;
  }
}

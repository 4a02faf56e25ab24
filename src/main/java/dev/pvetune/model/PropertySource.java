package dev.pvetune.model;

/** Where a ZFS property value comes from, as `zfs get` prints it in its source column. */
public record PropertySource(Kind kind, String inheritedFrom) {
  public enum Kind { LOCAL, DEFAULT, INHERITED, TEMPORARY, RECEIVED, NONE }

  public static final PropertySource LOCAL = new PropertySource(Kind.LOCAL, null);
  public static final PropertySource DEFAULT = new PropertySource(Kind.DEFAULT, null);
  public static final PropertySource NONE = new PropertySource(Kind.NONE, null);

  public static PropertySource inheritedFrom(String dataset) {
    return new PropertySource(Kind.INHERITED, dataset);
  }

  /** True when no dataset set the value: `zfs inherit` restores this state. */
  public boolean isDefault() {
    return kind == Kind.DEFAULT;
  }

  @Override
  public String toString() {
    return kind == Kind.INHERITED ? "inherited from " + inheritedFrom : kind.name().toLowerCase(java.util.Locale.ROOT);
  }
}

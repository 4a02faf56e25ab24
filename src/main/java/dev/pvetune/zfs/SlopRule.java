package dev.pvetune.zfs;

/**
 * The space a pool holds back from {@code zfs list} AVAIL ("slop"), by OpenZFS release
 * ({@code spa_misc.c: spa_get_slop_space()}, before 0.6.5 {@code dsl_pool_adjustedsize()}).
 */
public enum SlopRule {
  SOLARIS("before 0.6.5", "1/64 of the pool, at least 32 MiB", ZfsVersion.of(0, 6, 0)),
  ZOL_0_6_5("0.6.5.x", "1/32 of the pool, at least 32 MiB", ZfsVersion.of(0, 6, 5)),
  UNCAPPED("0.7.0 – 2.0.5", "1/32 of the pool, at least 128 MiB (at most half the pool)",
      ZfsVersion.of(0, 7, 0)),
  CAPPED("2.0.6", "1/32 of the pool, at most 128 GiB, at least 128 MiB", ZfsVersion.of(2, 0, 6)),
  EMBEDDED_LOG("2.1.0 and later",
      "1/32 of the pool, at most 128 GiB, less the embedded-log metaslabs (up to half), at least 128 MiB",
      ZfsVersion.of(2, 1, 0));

  static final long MIN_SLOP_OLD = 32 * Bytes.MiB; // SPA_MINDEVSIZE >> 1
  static final long MIN_SLOP = 128 * Bytes.MiB; // spa_min_slop
  static final long MAX_SLOP = 128 * Bytes.GiB; // spa_max_slop

  private final String releases;
  private final String rule;
  private final ZfsVersion since;

  SlopRule(String releases, String rule, ZfsVersion since) {
    this.releases = releases;
    this.rule = rule;
    this.since = since;
  }

  public static SlopRule forVersion(ZfsVersion v) {
    if (v.atLeast(2, 1, 0)) {
      return EMBEDDED_LOG;
    }
    if (v.atLeast(2, 0, 6)) {
      return CAPPED;
    }
    if (v.atLeast(0, 7, 0)) {
      return UNCAPPED;
    }
    if (v.atLeast(0, 6, 5)) {
      return ZOL_0_6_5;
    }
    return SOLARIS;
  }

  /** The releases this rule applies to, e.g. "0.7.0 – 2.0.5". */
  public String releases() {
    return releases;
  }

  /** The rule in words. */
  public String rule() {
    return rule;
  }

  /** A representative (the first) release with this rule. */
  public ZfsVersion since() {
    return since;
  }

  /**
   * Slop bytes.
   *
   * @param normalDspace deflated space of the normal class ({@code spa_rdspace})
   * @param embeddedLogDspace deflated space of the embedded-log metaslabs (0 before 2.1.0)
   */
  public long slop(long normalDspace, long embeddedLogDspace) {
    long space = normalDspace;
    return switch (this) {
      case SOLARIS -> Math.max(space >> 6, MIN_SLOP_OLD);
      case ZOL_0_6_5 -> Math.max(space >> 5, MIN_SLOP_OLD);
      case UNCAPPED -> Math.max(space >> 5, Math.min(space >> 1, MIN_SLOP));
      case CAPPED -> Math.max(Math.min(space >> 5, MAX_SLOP), Math.min(space >> 1, MIN_SLOP));
      case EMBEDDED_LOG -> {
        long slop = Math.min(space >> 5, MAX_SLOP);
        slop -= Math.min(embeddedLogDspace, slop >> 1);
        yield Math.max(slop, Math.min(space >> 1, MIN_SLOP));
      }
    };
  }
}

package dev.pvetune.parse.pve;

/** The sections of a guest config file. */
public enum SectionKind {
  /** The current configuration (everything before the first section header). */
  MAIN,
  /** Changes not yet applied: {@code [PENDING]} (VM) or {@code [pve:pending]} (CT). */
  PENDING,
  /** {@code [special:cloudinit]} or {@code [special:fleecing]} (VM only). */
  SPECIAL,
  /** {@code [<snapshot name>]}: the configuration saved with a snapshot. */
  SNAPSHOT
}

package dev.pvetune.parse.pve;

/**
 * One key of a {@code delete:} line in the pending section: the option will be removed when the
 * pending changes are applied; {@code force} is the {@code !} prefix.
 */
public record PendingDelete(String key, boolean force, int line) {}

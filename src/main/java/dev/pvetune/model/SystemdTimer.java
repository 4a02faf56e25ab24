package dev.pvetune.model;

/** A systemd timer and the unit it activates. */
public record SystemdTimer(String unit, String activates, SourceRef ref) {}

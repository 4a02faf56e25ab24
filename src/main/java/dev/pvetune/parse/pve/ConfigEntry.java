package dev.pvetune.parse.pve;

/** One {@code key: value} line of a config file, with the line it came from (1-based). */
public record ConfigEntry(String key, String value, int line) {}

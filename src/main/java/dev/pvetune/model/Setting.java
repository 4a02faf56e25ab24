package dev.pvetune.model;

/** A configured value and the line it came from. */
public record Setting(String value, SourceRef source) {}

package dev.pvetune.model;

/** /proc/meminfo's totals in bytes. */
public record HostMemory(long totalBytes, long availableBytes, SourceRef ref) {}

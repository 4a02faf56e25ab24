package dev.pvetune.model;

import java.util.Optional;
import java.util.OptionalInt;

/** A storage replication job with its last state (fail count, error) when known. */
public record ReplicationJob(String id, int vmid, String target, boolean disabled, OptionalInt failCount, Optional<String> lastError, SourceRef ref) {}

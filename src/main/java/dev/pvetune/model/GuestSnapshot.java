package dev.pvetune.model;

import java.time.Instant;
import java.util.Optional;

/** A snapshot section of a guest config. {@code vmstate} is set when RAM was saved with it. */
public record GuestSnapshot(String name, Optional<Instant> time, Optional<String> vmstate, SourceRef ref) {}

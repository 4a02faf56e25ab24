package dev.pvetune.model;

import java.util.Optional;
import java.util.OptionalLong;

/** What lsblk says about the disk under a vdev leaf. */
public record BlockDevice(String name, Optional<Boolean> rotational, Optional<String> model, OptionalLong sizeBytes, Optional<String> transport) {}

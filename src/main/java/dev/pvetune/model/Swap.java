package dev.pvetune.model;

import java.util.Optional;

/**
 * An active swap area. {@code zvol} is set when the device is a zvol; {@code fileDataset} when it
 * is a swap file on a ZFS filesystem.
 */
public record Swap(String device, String type, long sizeBytes, long usedBytes, Optional<Dataset> zvol, Optional<Dataset> fileDataset, SourceRef ref) {}

package dev.pvetune.parse.host;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A {@code Memory Device} (DMI type 17): one DIMM slot.
 *
 * @param arrayHandle handle of the array it belongs to
 * @param sizeBytes module size in bytes (dmidecode's kB/MB/GB/TB are binary); empty when the slot
 *     is empty or the size is unknown
 * @param sizeText {@code Size} as printed ({@code 32 GB}, {@code No Module Installed})
 * @param totalWidthBits {@code Total Width}; 72 against a {@code Data Width} of 64 means ECC bits
 */
public record MemoryDevice(
    String handle,
    Optional<String> arrayHandle,
    OptionalLong sizeBytes,
    Optional<String> sizeText,
    OptionalInt totalWidthBits,
    OptionalInt dataWidthBits,
    Optional<String> locator,
    Optional<String> type,
    Optional<String> manufacturer,
    Optional<String> partNumber,
    int line) {

  public boolean installed() {
    return sizeBytes.isPresent();
  }
}

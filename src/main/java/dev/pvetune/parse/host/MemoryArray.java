package dev.pvetune.parse.host;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * A {@code Physical Memory Array} (DMI type 16) of {@code dmidecode -t memory}.
 *
 * @param handle DMI handle ({@code 0x0010}); memory devices point at it
 * @param use {@code System Memory}, {@code Video Memory}, {@code Flash Memory} ...
 * @param errorCorrectionText the printed {@code Error Correction Type}
 * @param errorCorrection that value classified
 */
public record MemoryArray(
    String handle,
    Optional<String> location,
    Optional<String> use,
    Optional<String> errorCorrectionText,
    ErrorCorrection errorCorrection,
    Optional<String> maximumCapacity,
    OptionalInt numberOfDevices,
    int line) {

  /** Values of SMBIOS "Memory Array Error Correction Types" as dmidecode prints them. */
  public enum ErrorCorrection {
    NONE,
    PARITY,
    SINGLE_BIT_ECC,
    MULTI_BIT_ECC,
    CRC,
    OTHER,
    /** {@code Unknown}, missing, or a text dmidecode does not print. */
    UNKNOWN;

    static ErrorCorrection of(String text) {
      switch (text) {
        case "None":
          return NONE;
        case "Parity":
          return PARITY;
        case "Single-bit ECC":
          return SINGLE_BIT_ECC;
        case "Multi-bit ECC":
          return MULTI_BIT_ECC;
        case "CRC":
          return CRC;
        case "Other":
          return OTHER;
        default:
          return UNKNOWN;
      }
    }

    /** True for the kinds that correct errors (single- or multi-bit ECC, CRC). */
    public boolean corrects() {
      return this == SINGLE_BIT_ECC || this == MULTI_BIT_ECC || this == CRC;
    }
  }

  public boolean isSystemMemory() {
    return use.map(u -> u.equals("System Memory")).orElse(false);
  }
}

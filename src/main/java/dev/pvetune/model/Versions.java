package dev.pvetune.model;

import java.util.Optional;

/** Versions of the software whose defaults the rules depend on. */
public record Versions(
    Optional<SoftwareVersion> pveManager,
    Optional<SoftwareVersion> qemuServer,
    Optional<SoftwareVersion> openZfs,
    Optional<SoftwareVersion> kernel,
    SourceRef ref) {

  public static Versions unknown() {
    return new Versions(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), SourceRef.of("cmd/pveversion.out"));
  }
}

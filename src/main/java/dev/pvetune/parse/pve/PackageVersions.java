package dev.pvetune.parse.pve;

import java.util.Map;
import java.util.Optional;

/**
 * The package versions of a node ({@code pveversion -v}).
 *
 * @param packages every package line by name, in output order
 * @param runningKernel the running kernel release ({@code 6.8.4-2-pve}), if printed
 * @param runningManager the running pve-manager ({@code 8.2.2/9355359cd7afbae4}), if printed
 */
public record PackageVersions(
    Map<String, PackageVersion> packages,
    Optional<String> runningKernel,
    Optional<String> runningManager) {

  public PackageVersions {
    packages = PveText.orderedCopy(packages);
  }

  public Optional<PackageVersion> get(String name) {
    return Optional.ofNullable(packages.get(name));
  }

  /** The installed version of a package; empty if absent or not correctly installed. */
  public Optional<DebianVersion> version(String name) {
    return get(name).flatMap(PackageVersion::version);
  }

  /**
   * Whether an installed package is at least {@code minimum}; empty if the package is not installed
   * (so "unknown" is never mistaken for "too old").
   */
  public Optional<Boolean> isAtLeast(String name, String minimum) {
    DebianVersion min = DebianVersion.of(minimum);
    return version(name).map(v -> v.isAtLeast(min));
  }
}

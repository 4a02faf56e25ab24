package dev.pvetune.parse.pve;

import java.util.Optional;

/**
 * One line of {@code pveversion -v}.
 *
 * @param name the package
 * @param versionText the version column as printed ({@code not correctly installed} too)
 * @param version the parsed version when the package is installed
 * @param running what the parenthesis says: the running kernel for {@code proxmox-ve}, the running
 *     manager version ({@code 8.2.2/9355359cd7afbae4}) for {@code pve-manager}
 * @param line the output line
 */
public record PackageVersion(
    String name,
    String versionText,
    Optional<DebianVersion> version,
    Optional<String> running,
    int line) {

  public boolean installed() {
    return version.isPresent();
  }
}

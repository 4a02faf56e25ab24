package dev.pvetune.parse.zfs;

import java.util.Optional;

/**
 * The OpenZFS versions of a host.
 *
 * @param userland the tools ({@code zfs-2.2.7-pve1} line of {@code zfs version})
 * @param kernelModule the loaded module ({@code zfs-kmod-...}, or {@code /sys/module/zfs/version})
 */
public record ZfsVersions(Optional<OpenZfsVersion> userland, Optional<OpenZfsVersion> kernelModule) {

  /** The module version when known (it decides kernel behaviour), else the userland one. */
  public Optional<OpenZfsVersion> effective() {
    return kernelModule.or(() -> userland);
  }

  /** Userland and module differ: a reboot is pending after an upgrade. */
  public boolean mismatch() {
    return userland.isPresent()
        && kernelModule.isPresent()
        && userland.get().compareTo(kernelModule.get()) != 0;
  }
}

package dev.pvetune.parse.host;

import java.util.List;
import java.util.Optional;

/**
 * One {@code /proc/mounts} line, escapes undone.
 *
 * @param device the source ({@code rpool/ROOT/pve-1} for ZFS, {@code /dev/sda1})
 * @param mountPoint where it is mounted
 * @param fsType {@code zfs}, {@code ext4}, {@code nfs4} ...
 * @param options mount options in order ({@code rw}, {@code xattr}, {@code noacl})
 */
public record Mount(String device, String mountPoint, String fsType, List<String> options, int line) {

  public Mount {
    options = List.copyOf(options);
  }

  public boolean isZfs() {
    return fsType.equals("zfs");
  }

  public boolean hasOption(String option) {
    return options.contains(option);
  }

  /** Value of a {@code key=value} option. */
  public Optional<String> option(String key) {
    String prefix = key + "=";
    return options.stream().filter(o -> o.startsWith(prefix))
        .map(o -> o.substring(prefix.length())).findFirst();
  }
}

package dev.pvetune.parse.host;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * A device from {@code lsblk -J -b}, with the devices stacked on it as children (partitions,
 * device-mapper targets).
 *
 * @param name {@code NAME} ({@code sda}, {@code nvme0n1p3})
 * @param kernelName {@code KNAME} ({@code dm-0} for a mapper device)
 * @param path {@code PATH} ({@code /dev/sda}); util-linux 2.33+
 * @param type {@code disk part lvm crypt rom loop ...}
 * @param sizeBytes {@code SIZE} in bytes
 * @param rotational {@code ROTA}: JSON boolean (util-linux 2.33+) or {@code "0"}/{@code "1"}
 * @param transport {@code TRAN}: {@code sata sas nvme usb ...}; empty for partitions
 * @param parentKernelName {@code PKNAME}
 */
public record BlockDevice(
    String name,
    String kernelName,
    Optional<String> path,
    String type,
    OptionalLong sizeBytes,
    Optional<Boolean> rotational,
    Optional<String> model,
    Optional<String> serial,
    Optional<String> transport,
    Optional<String> wwn,
    Optional<String> parentKernelName,
    OptionalInt physicalSectorSize,
    OptionalInt logicalSectorSize,
    List<BlockDevice> children) {

  public BlockDevice {
    children = List.copyOf(children);
  }

  /** This device and every device below it, depth first. */
  public List<BlockDevice> flatten() {
    List<BlockDevice> all = new ArrayList<>();
    all.add(this);
    children.forEach(c -> all.addAll(c.flatten()));
    return List.copyOf(all);
  }
}

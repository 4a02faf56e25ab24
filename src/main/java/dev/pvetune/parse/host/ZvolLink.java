package dev.pvetune.parse.host;

import java.util.OptionalInt;

/**
 * One {@code /dev/zvol} link resolved to its device.
 *
 * @param link the link path ({@code /dev/zvol/rpool/data/vm-101-disk-0-part1})
 * @param dataset the zvol ({@code rpool/data/vm-101-disk-0}), partition suffix removed; a
 *     snapshot device keeps its {@code @snap}
 * @param partition N of a {@code -partN} link whose device is a partition ({@code zd16p1})
 * @param device the resolved device path ({@code /dev/zd16p1})
 */
public record ZvolLink(String link, String dataset, OptionalInt partition, String device, int line) {

  /** Kernel name of the device ({@code zd16}, {@code zd16p1}). */
  public String deviceName() {
    return device.substring(device.lastIndexOf('/') + 1);
  }
}

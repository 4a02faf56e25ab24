package dev.pvetune.parse.host;

import java.util.List;
import java.util.Optional;

/** Every {@code /dev/zvol} link of a host, with the device-to-zvol direction swap needs. */
public record ZvolLinks(List<ZvolLink> links) {

  public ZvolLinks {
    links = List.copyOf(links);
  }

  /**
   * The zvol behind a kernel device path ({@code /dev/zd48} or {@code zd48}); partitions
   * ({@code zd48p2}) map to their zvol too.
   */
  public Optional<ZvolLink> byDevice(String device) {
    String name = device.substring(device.lastIndexOf('/') + 1);
    return links.stream().filter(l -> l.deviceName().equals(name)).findFirst();
  }

  /** The whole-volume link of a zvol. */
  public Optional<ZvolLink> byDataset(String dataset) {
    return links.stream()
        .filter(l -> l.dataset().equals(dataset) && l.partition().isEmpty())
        .findFirst();
  }
}

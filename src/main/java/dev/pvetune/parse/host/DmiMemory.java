package dev.pvetune.parse.host;

import java.util.List;
import java.util.OptionalLong;

/** The memory tables of {@code dmidecode -t memory}. Empty when the host has no DMI data. */
public record DmiMemory(List<MemoryArray> arrays, List<MemoryDevice> devices) {

  public DmiMemory {
    arrays = List.copyOf(arrays);
    devices = List.copyOf(devices);
  }

  public List<MemoryArray> systemMemoryArrays() {
    return arrays.stream().filter(MemoryArray::isSystemMemory).toList();
  }

  /** Sum of installed module sizes. */
  public OptionalLong installedBytes() {
    List<MemoryDevice> installed = devices.stream().filter(MemoryDevice::installed).toList();
    if (installed.isEmpty()) {
      return OptionalLong.empty();
    }
    long total = 0;
    for (MemoryDevice d : installed) {
      total = Math.addExact(total, d.sizeBytes().getAsLong());
    }
    return OptionalLong.of(total);
  }
}

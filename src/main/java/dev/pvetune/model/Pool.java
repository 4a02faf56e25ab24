package dev.pvetune.model;

import dev.pvetune.parse.host.BlockDevice;
import dev.pvetune.parse.zfs.DataErrors;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.stream.Stream;

/**
 * An imported pool: health and layout from `zpool status`, space from `zpool list`, properties.
 * {@code dataErrors} is the parsed `errors:` part (empty when zpool status printed none);
 * {@code featuresCanBeEnabled} is true when `status:` says supported features are not enabled.
 */
public record Pool(
    String name,
    String health,
    OptionalLong sizeBytes,
    OptionalLong allocatedBytes,
    OptionalLong freeBytes,
    OptionalInt fragmentationPercent,
    OptionalInt capacityPercent,
    List<Vdev> vdevs,
    Map<String, ZfsProperty> properties,
    Optional<Scan> scan,
    Optional<String> status,
    String errors,
    SourceRef statusRef,
    SourceRef listRef,
    Optional<DataErrors> dataErrors,
    boolean featuresCanBeEnabled) {

  public Pool {
    vdevs = List.copyOf(vdevs);
    properties = Map.copyOf(properties);
  }

  public Stream<Vdev> vdevs(VdevClass cls) {
    return vdevs.stream().filter(v -> v.vdevClass() == cls);
  }

  public List<Vdev> dataVdevs() {
    return vdevs(VdevClass.DATA).toList();
  }

  public Optional<ZfsProperty> property(String name) {
    return Optional.ofNullable(properties.get(name));
  }

  /** Every leaf device of the data, special and dedup classes. */
  public List<Vdev> storageLeaves() {
    return vdevs.stream().filter(v -> v.vdevClass().holdsPoolData()).flatMap(v -> v.leaves().stream()).toList();
  }

  /** True when every data leaf is known to be non-rotational; empty when lsblk did not say. */
  public Optional<Boolean> allSolidState() {
    List<Vdev> leaves = dataVdevs().stream().flatMap(v -> v.leaves().stream()).toList();
    if (leaves.isEmpty()) {
      return Optional.empty();
    }
    boolean allKnown = true;
    for (Vdev leaf : leaves) {
      Optional<Boolean> rota = leaf.device().flatMap(BlockDevice::rotational);
      if (rota.isEmpty()) {
        allKnown = false;
      } else if (rota.get()) {
        return Optional.of(false);
      }
    }
    return allKnown ? Optional.of(true) : Optional.empty();
  }
}

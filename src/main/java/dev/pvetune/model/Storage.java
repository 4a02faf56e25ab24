package dev.pvetune.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** A storage definition from storage.cfg. {@code source} has no line for the injected `local`. */
public record Storage(
    String id,
    String type,
    Map<String, Setting> options,
    Set<String> content,
    Optional<Set<String>> nodes,
    boolean shared,
    boolean disabled,
    SourceRef source) {

  private static final Set<String> SHARED_TYPES =
      Set.of("iscsi", "nfs", "cifs", "rbd", "cephfs", "iscsidirect", "zfs", "drbd", "pbs");

  public Storage {
    options = Map.copyOf(options);
    content = Set.copyOf(content);
  }

  public static boolean isSharedType(String type) {
    return SHARED_TYPES.contains(type);
  }

  public Optional<Setting> option(String key) {
    return Optional.ofNullable(options.get(key));
  }

  public String resource() {
    return "storage/" + id;
  }

  public boolean isZfsPool() {
    return type.equals("zfspool");
  }

  /** For zfspool: the dataset that holds the storage's volumes. */
  public Optional<String> zfsDataset() {
    return isZfsPool() ? option("pool").map(Setting::value) : Optional.empty();
  }

  /** For path-based storages (dir, nfs, cifs, btrfs, cephfs). */
  public Optional<String> path() {
    return option("path").map(Setting::value);
  }

  public boolean sparse() {
    return option("sparse").map(s -> s.value().equals("1")).orElse(false);
  }

  public boolean availableOn(String node) {
    return nodes.map(n -> n.contains(node)).orElse(true);
  }

  public boolean holds(String contentType) {
    return content.contains(contentType);
  }
}

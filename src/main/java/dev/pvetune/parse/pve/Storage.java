package dev.pvetune.parse.pve;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One storage definition of storage.cfg, with the meaning Proxmox gives it at parse time.
 *
 * @param id the storage id
 * @param type the type, lower-cased
 * @param knownType whether the type is a built-in plugin (else a third-party one: only the raw
 *     options are meaningful)
 * @param line the header line; 0 for an injected storage
 * @param injected true for the {@code local} storage Proxmox adds when the file lacks a usable one
 *     (it exists on every node even though the file does not say so)
 * @param content the content types, sorted (a set: the file's order is random)
 * @param contentDefaulted true if the file has no usable {@code content} line and this is the
 *     type's default
 * @param nodes the nodes the storage is restricted to, sorted; empty means all nodes
 * @param shared {@code shared} from the file, or forced to true for network types
 * @param disabled {@code disable} is set
 * @param options every accepted option line by key, in file order (including {@code content},
 *     {@code nodes}, legacy {@code maxfiles})
 */
public record Storage(
    String id,
    String type,
    boolean knownType,
    int line,
    boolean injected,
    Set<String> content,
    boolean contentDefaulted,
    Optional<Set<String>> nodes,
    boolean shared,
    boolean disabled,
    Map<String, SectionEntry> options) {

  private static final Pattern BLOCKSIZE = Pattern.compile("(\\d+)([kKmM]?)");

  public Storage {
    content = PveText.sortedCopy(content);
    nodes = nodes.map(PveText::sortedCopy);
    options = PveText.orderedCopy(options);
  }

  public Optional<SectionEntry> entry(String key) {
    return Optional.ofNullable(options.get(key));
  }

  /** The value of an option; empty if absent or written without a value. */
  public Optional<String> option(String key) {
    return entry(key).flatMap(SectionEntry::value);
  }

  /** dir, nfs, cifs, cephfs, btrfs: the directory. */
  public Optional<String> path() {
    return option("path");
  }

  /** zfspool: the parent dataset of the volumes (e.g. {@code rpool/data}); also rbd, zfs. */
  public Optional<String> pool() {
    return option("pool");
  }

  /** zfspool: where the pool dataset is mounted, if not {@code /<pool>}. */
  public Optional<String> mountpoint() {
    return option("mountpoint");
  }

  /** zfspool / zfs: the volblocksize for new zvols as written (e.g. {@code 16k}). */
  public Optional<String> blocksize() {
    return option("blocksize");
  }

  /** {@link #blocksize()} in bytes; empty if unset or not a number with optional k/m. */
  public OptionalLong blocksizeBytes() {
    Optional<String> text = blocksize();
    if (text.isEmpty()) {
      return OptionalLong.empty();
    }
    Matcher m = BLOCKSIZE.matcher(text.get());
    if (!m.matches() || m.group(1).length() > 12) {
      return OptionalLong.empty();
    }
    long n = Long.parseLong(m.group(1));
    switch (m.group(2)) {
      case "k":
      case "K":
        return OptionalLong.of(n << 10);
      case "m":
      case "M":
        return OptionalLong.of(n << 20);
      default:
        return OptionalLong.of(n);
    }
  }

  /** zfspool / zfs: {@code sparse} (thin zvols, no refreservation). */
  public boolean sparse() {
    return flag("sparse");
  }

  /** A boolean option as Proxmox reads it (key alone or 1). */
  public boolean flag(String key) {
    SectionEntry entry = options.get(key);
    return entry != null && PveText.parseSectionBoolean(entry.value()).orElse(false);
  }

  /** Whether {@code shared} comes from the type rather than the admin's flag. */
  public boolean sharedForcedByType() {
    return StorageTypes.FORCED_SHARED.contains(type);
  }

  /** Whether the storage is configured for a node ({@code nodes} absent = every node). */
  public boolean availableOn(String node) {
    return nodes.map(n -> n.contains(node)).orElse(true);
  }

  /** The legacy {@code maxfiles} option (removed in PVE 9; replaced by prune-backups). */
  public boolean hasLegacyMaxfiles() {
    return options.containsKey("maxfiles");
  }
}

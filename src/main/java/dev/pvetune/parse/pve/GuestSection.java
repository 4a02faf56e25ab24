package dev.pvetune.parse.pve;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One section of a guest config file.
 *
 * @param kind main, pending, special or snapshot
 * @param name {@code ""} for the main section, {@code "pending"}, the special section's name
 *     ({@code cloudinit}, {@code fleecing}) or the snapshot name
 * @param headerLine the line of the {@code [...]} header; 0 for the main section
 * @param description the decoded {@code #} lines (and legacy {@code description:} values) of this
 *     section, trailing whitespace removed; empty if the section has none
 * @param entries the {@code key: value} lines by key, in file order of first appearance; when a key
 *     is repeated the last line wins (as in Proxmox) and the entry carries that line
 * @param lxcEntries raw {@code lxc.*} lines of a container, in file order, repeats kept
 * @param deletes the parsed {@code delete:} line of the pending section
 */
public record GuestSection(
    SectionKind kind,
    String name,
    int headerLine,
    Optional<String> description,
    Map<String, ConfigEntry> entries,
    List<ConfigEntry> lxcEntries,
    List<PendingDelete> deletes) {

  public GuestSection {
    entries = PveText.orderedCopy(entries);
    lxcEntries = List.copyOf(lxcEntries);
    deletes = List.copyOf(deletes);
  }

  public Optional<ConfigEntry> entry(String key) {
    return Optional.ofNullable(entries.get(key));
  }

  public Optional<String> value(String key) {
    return entry(key).map(ConfigEntry::value);
  }

  public boolean has(String key) {
    return entries.containsKey(key);
  }

  /**
   * A boolean option in any spelling Proxmox accepts ({@code 1 on yes true}, {@code 0 off no
   * false}); empty if absent or not a boolean.
   */
  public Optional<Boolean> flag(String key) {
    return value(key).flatMap(PveText::parseBoolean);
  }

  /**
   * The unfinished snapshot operation recorded in this section ({@code prepare} or {@code delete}),
   * if any: a snapshot that was never completed or never fully removed.
   */
  public Optional<String> snapstate() {
    return value("snapstate");
  }
}

package dev.pvetune.parse.pve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed guest config file.
 *
 * @param kind VM or container
 * @param vmid the guest id, taken from the file name
 * @param file the bundle file name, for evidence ({@code file:line})
 * @param main the current configuration
 * @param pending the pending section, if the file has one
 * @param specialSections {@code cloudinit} / {@code fleecing} sections by name (VM only)
 * @param snapshots snapshot sections in file order
 */
public record GuestConfig(
    GuestKind kind,
    int vmid,
    String file,
    GuestSection main,
    Optional<GuestSection> pending,
    Map<String, GuestSection> specialSections,
    List<GuestSection> snapshots) {

  public GuestConfig {
    specialSections = PveText.orderedCopy(specialSections);
    snapshots = List.copyOf(snapshots);
  }

  /** The guest's notes (the main section's decoded {@code #} lines). */
  public Optional<String> description() {
    return main.description();
  }

  public Optional<GuestSection> snapshot(String name) {
    return snapshots.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public Optional<GuestSection> specialSection(String name) {
    return Optional.ofNullable(specialSections.get(name));
  }

  /** Main, pending, special and snapshot sections, in that order. */
  public List<GuestSection> sections() {
    List<GuestSection> all = new ArrayList<>();
    all.add(main);
    pending.ifPresent(all::add);
    all.addAll(specialSections.values());
    all.addAll(snapshots);
    return List.copyOf(all);
  }
}

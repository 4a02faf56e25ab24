package dev.pvetune.parse.pve;

import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One HA-managed resource of {@code /etc/pve/ha/resources.cfg}.
 *
 * @param sid the service id {@code <type>:<name>}, e.g. {@code vm:101}
 * @param type {@code vm} or {@code ct}
 * @param name the guest id as written
 * @param line the header line
 * @param state the requested state: {@code started} (also for {@code enabled} and when unset),
 *     {@code stopped}, {@code disabled} or {@code ignored}
 * @param stateDefaulted true if the file sets no (valid) state
 * @param group the legacy HA group, if any
 * @param comment the comment, if any
 * @param options every accepted option line by key, in file order
 */
public record HaResource(
    String sid,
    String type,
    String name,
    int line,
    String state,
    boolean stateDefaulted,
    Optional<String> group,
    Optional<String> comment,
    Map<String, SectionEntry> options) {

  public HaResource {
    options = PveText.orderedCopy(options);
  }

  /** The guest id. */
  public int vmid() {
    return Integer.parseInt(name);
  }

  /** {@code max_restart}: restarts on the same node before relocating (default 1). */
  public int maxRestart() {
    return integer("max_restart").orElse(1);
  }

  /** {@code max_relocate}: relocations to other nodes before giving up (default 1). */
  public int maxRelocate() {
    return integer("max_relocate").orElse(1);
  }

  /** {@code failback} (default 1). */
  public boolean failback() {
    SectionEntry entry = options.get("failback");
    return entry == null || PveText.parseSectionBoolean(entry.value()).orElse(true);
  }

  /** Whether HA actively manages the guest (any state but {@code ignored}). */
  public boolean managed() {
    return !state.equals("ignored");
  }

  private OptionalInt integer(String key) {
    SectionEntry entry = options.get(key);
    return entry == null
        ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(entry.value().orElseThrow()));
  }
}

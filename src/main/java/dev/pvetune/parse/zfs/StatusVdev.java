package dev.pvetune.parse.zfs;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One row of the {@code zpool status} config tree (or one vdev object of {@code zpool status
 * -j}), with its children.
 *
 * @param name as printed: {@code mirror-0}, {@code raidz2-0}, a device (full path with {@code
 *     -P}), or the vdev GUID of a missing device
 * @param vdevClass allocation class; children inherit their top-level vdev's class
 * @param type {@code vdev_type} from JSON ({@code root mirror raidz draid disk file ...}); from
 *     text only for grouping rows, derived from the name, and {@code root} for the pool row
 * @param state vdev state as the text output names it ({@code ONLINE DEGRADED FAULTED OFFLINE
 *     REMOVED UNAVAIL}; {@code AVAIL}/{@code INUSE} for spares). JSON's {@code CANT_OPEN} is
 *     mapped to {@code UNAVAIL} and {@code HEALTHY} to {@code ONLINE}
 * @param readErrors READ counter; approximate when printed without {@code -p} ({@code 1.02K});
 *     empty for spares and unreadable counters
 * @param note text after the counters ({@code too many errors}, {@code (resilvering)}, {@code
 *     was /dev/...}, {@code block size: 512B configured, 4096B native}); text output only
 * @param wasPath the former path of a device that is not present ({@code was <path>})
 * @param aux JSON {@code aux} state ({@code ERR_EXCEEDED}, {@code OPEN_FAILED} ...); JSON only
 * @param line line in the bundle file; 0 for JSON
 */
public record StatusVdev(
    String name,
    VdevClass vdevClass,
    Optional<String> type,
    String state,
    Optional<Quantity> readErrors,
    Optional<Quantity> writeErrors,
    Optional<Quantity> checksumErrors,
    Optional<String> note,
    Optional<String> wasPath,
    Optional<String> aux,
    List<StatusVdev> children,
    int line) {

  private static final Pattern GROUP =
      Pattern.compile("(mirror|raidz|draid|replacing|spare)(\\d?)(?::\\d+[dcs])*-\\d+");
  private static final Pattern GUID = Pattern.compile("\\d{15,20}");

  public StatusVdev {
    children = List.copyOf(children);
  }

  /** The grouping type a name like {@code raidz2-0} or {@code spare-1} stands for. */
  static Optional<String> typeFromName(String name) {
    Matcher m = GROUP.matcher(name);
    return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
  }

  /** Parity of a raidz or draid vdev from its name ({@code raidz2-0} gives 2). */
  public OptionalInt parity() {
    Matcher m = GROUP.matcher(name);
    if (!m.matches() || !(m.group(1).equals("raidz") || m.group(1).equals("draid"))) {
      return OptionalInt.empty();
    }
    return OptionalInt.of(m.group(2).isEmpty() ? 1 : Integer.parseInt(m.group(2)));
  }

  /** A device row, not a grouping vdev. */
  public boolean isLeaf() {
    return children.isEmpty()
        && type.map(t -> !List.of("root", "mirror", "raidz", "draid", "replacing", "spare")
            .contains(t)).orElse(true);
  }

  /** Any READ, WRITE or CKSUM counter above zero. */
  public boolean hasErrors() {
    return List.of(readErrors, writeErrors, checksumErrors).stream()
        .anyMatch(c -> c.map(q -> q.value() > 0).orElse(false));
  }

  /** A missing device is shown by its GUID with {@code was <path>} as the note. */
  public boolean isMissingDevice() {
    return wasPath.isPresent() || (GUID.matcher(name).matches() && children.isEmpty());
  }

  public boolean isResilvering() {
    return note.map(n -> n.contains("(resilvering)")).orElse(false);
  }

  /** This vdev and every vdev below it, depth first. */
  public List<StatusVdev> flatten() {
    List<StatusVdev> all = new java.util.ArrayList<>();
    all.add(this);
    children.forEach(c -> all.addAll(c.flatten()));
    return List.copyOf(all);
  }
}

package dev.pvetune.parse.host;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What Debian's periodic ZFS script ({@code /usr/lib/zfs-linux/trim} or {@code .../scrub}, run
 * monthly from {@code /etc/cron.d/zfsutils-linux}) does to a pool, read from the shipped script.
 *
 * <p>Since zfs-linux 2.0.3-9 the trim script reads the user property {@code
 * org.debian:periodic-trim} of the pool's root dataset ({@code zfs get}, pools had no user
 * properties then): {@code enable} trims, {@code disable} does not, and unset ({@code -}) or
 * {@code auto} trims only when every device of the pool has transport {@code nvme}. Older
 * scripts trim every online pool unconditionally.
 *
 * @param operation what the script runs ({@code zpool trim} or {@code zpool scrub})
 * @param property the user property it reads; empty for the unconditional script
 * @param propertyScope read from the pool's root dataset ({@code zfs get}) or the pool
 * @param actions action by property value; {@code -} is the unset value
 * @param otherValues action for any other value (the script warns and does nothing)
 * @param onlineOnly the script only considers pools whose health is ONLINE
 * @param nvmeCheck how "NVMe only" is decided, when some value depends on it
 * @param line line of the property name in the script (1 when there is none)
 */
public record PeriodicScriptPolicy(
    Operation operation,
    Optional<String> property,
    Optional<PropertyScope> propertyScope,
    Map<String, Action> actions,
    Action otherValues,
    boolean onlineOnly,
    Optional<NvmeCheck> nvmeCheck,
    int line) {

  public enum Operation {
    TRIM,
    SCRUB
  }

  public enum Action {
    RUN,
    /**
     * Runs only when every device path of {@code zpool list -vHP} is NVMe: log, cache and spare
     * devices included, so one SATA spare stops the trim of an NVMe pool.
     */
    RUN_IF_NVME_ONLY,
    SKIP
  }

  public enum PropertyScope {
    /** {@code zfs get <property> <pool>}: the pool's root dataset. */
    DATASET,
    /** {@code zpool get <property> <pool>}. */
    POOL
  }

  public enum NvmeCheck {
    /** {@code lsblk -o TRAN} of the device, walking up {@code PKNAME} parents. */
    TRANSPORT,
    /** The device path starts with {@code /dev/nvme}. */
    DEVICE_PATH
  }

  public PeriodicScriptPolicy {
    actions = Collections.unmodifiableMap(new LinkedHashMap<>(actions));
  }

  /**
   * The action for a pool whose property has this value; pass empty (or {@code -}) when the
   * property is not set.
   */
  public Action actionFor(Optional<String> value) {
    return actions.getOrDefault(value.orElse("-"), otherValues);
  }
}

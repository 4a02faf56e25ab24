package dev.pvetune.fix;

import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.rules.Change;
import java.util.List;
import java.util.Optional;

/**
 * One automated step of a fix plan: the findings' changes merged per resource (all options of one
 * disk in one command), with the values the audit saw for the guard.
 */
public sealed interface Action {

  /** qm/pct set of one whole disk or mount-point value. */
  record SetDrive(GuestKind kind, int vmid, String key, String current, String replacement) implements Action {}

  /** qm/pct set of guest-level options; an empty {@code value} deletes the option. */
  record SetGuestOptions(GuestKind kind, int vmid, List<Edit> edits) implements Action {
    public SetGuestOptions {
      edits = List.copyOf(edits);
    }
  }

  /** zfs set, or zfs inherit when {@code value} is empty. */
  record SetZfsProperty(String dataset, String property, String current, String currentSource, Optional<String> value) implements Action {}

  /** zpool set. */
  record SetPoolProperty(String pool, String property, String current, String value) implements Action {}

  /** pvesm set of storage options; an empty {@code value} deletes the option. */
  record SetStorageOptions(String storage, List<Edit> edits) implements Action {
    public SetStorageOptions {
      edits = List.copyOf(edits);
    }
  }

  /** ARC limits at runtime and in /etc/modprobe.d. */
  record SetArcLimits(Optional<Long> max, Optional<Long> min, Optional<Long> currentMax, Optional<Long> currentMin) implements Action {}

  /** systemctl enable --now, or the cron job where the host lacks the unit. */
  record EnableTimer(String unit, Optional<Change.CronJob> fallback) implements Action {}

  /** One option: what the audit saw (empty = not set) and what it becomes (empty = deleted). */
  record Edit(String key, Optional<String> current, Optional<String> value) {}
}

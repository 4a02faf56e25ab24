package dev.pvetune.rules;

import dev.pvetune.parse.pve.GuestKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A structured change a fix consists of; the fix planner turns these into commands. */
public sealed interface Change {

  /**
   * Change options of one disk line; the planner rewrites the whole line keeping the volume and
   * every other option. An empty value in {@code set} removes the option (back to the default).
   */
  record DriveOptions(String node, GuestKind kind, int vmid, String key, String currentValue, Map<String, Optional<String>> set) implements Change {
    public DriveOptions {
      set = Map.copyOf(set);
    }
  }

  /** Set (or with a null value delete) a guest-level option such as scsihw or balloon. */
  record GuestOption(String node, GuestKind kind, int vmid, String key, Optional<String> currentValue, String newValue) implements Change {}

  /** zfs set, or zfs inherit when {@code newValue} is empty. */
  record ZfsProperty(String dataset, String property, String currentValue, String currentSource, Optional<String> newValue) implements Change {}

  /** zpool set. */
  record PoolProperty(String pool, String property, String currentValue, String newValue) implements Change {}

  /** pvesm set. */
  record StorageOption(String storage, String option, Optional<String> currentValue, String newValue) implements Change {}

  /** Runtime and persistent ARC limits in bytes; empty leaves that limit alone. */
  record ArcLimits(Optional<Long> maxBytes, Optional<Long> minBytes, Optional<Long> currentMax, Optional<Long> currentMin) implements Change {}

  /**
   * systemctl enable --now of a timer unit (e.g. zfs-trim-monthly@tank.timer); on a host whose
   * packages do not ship the unit, the fix plan installs {@code fallback} as a cron job instead.
   */
  record EnableTimer(String unit, Optional<CronJob> fallback) implements Change {}

  /**
   * A job for /etc/cron.d/pvetune-{@code name}: a five-field schedule and the command run as root,
   * as an argument vector (the planner quotes it).
   */
  record CronJob(String name, String schedule, List<String> argv) {
    public CronJob {
      argv = List.copyOf(argv);
    }
  }

  /** No safe command: the steps a person follows. */
  record Manual(List<String> steps) implements Change {
    public Manual {
      steps = List.copyOf(steps);
    }
  }
}

package dev.pvetune.rules.memory;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.zfs.ArcPlan;
import dev.pvetune.zfs.ArcPlanner;
import dev.pvetune.zfs.ArcRequest;
import dev.pvetune.zfs.ZfsVersion;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/** The planner's ARC recommendation for the audited node: what `pvetune plan arc` would say. */
final class ArcAdvice {
  private ArcAdvice() {}

  /** Guests that run after a reboot: onboot, not templates. */
  static List<Guest> startingGuests(Inventory inv) {
    return inv.guests().stream().filter(g -> g.onboot() && !g.isTemplate()).toList();
  }

  static long guestBytes(Inventory inv) {
    return startingGuests(inv).stream().mapToLong(g -> g.memoryMiB() * Bytes.MiB).sum();
  }

  static Optional<ArcPlan> plan(Inventory inv) {
    if (inv.host().memory().isEmpty()) {
      return Optional.empty();
    }
    long ram = inv.host().memory().get().totalBytes();
    if (ram < Bytes.GiB) {
      return Optional.empty();
    }
    long pools = inv.pools().stream().map(Pool::sizeBytes).filter(OptionalLong::isPresent).mapToLong(OptionalLong::getAsLong).sum();
    ZfsVersion version = ArcInEffect.zfsVersion(inv).orElse(ZfsVersion.CURRENT);
    return Optional.of(ArcPlanner.plan(new ArcRequest(ram, guestBytes(inv), pools > 0 ? OptionalLong.of(pools) : OptionalLong.empty(),
        OptionalLong.empty(), version)));
  }
}

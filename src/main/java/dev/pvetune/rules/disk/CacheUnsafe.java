package dev.pvetune.rules.disk;

import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Role;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** DISK-003: cache=unsafe ignores the guest's flushes; only for throwaway guests. */
public final class CacheUnsafe implements Rule.ForDisk {
  private static final RuleInfo INFO = new RuleInfo("DISK-003", "cache-unsafe", Severity.CRITICAL,
      "cache=unsafe on a guest that keeps data", Set.of(Input.GUEST_CONFIGS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Guest guest, Disk disk, Inventory inv, Findings out) {
    if (!Disks.isVmDataDisk(guest, disk) || !disk.option("cache").orElse("").equals("unsafe")) {
      return;
    }
    if (guest.isTemplate() || guest.has(Role.TEMPLATE) || guest.has(Role.DISPOSABLE)) {
      return;
    }
    out.on(guest.resource(disk), guest.label() + " " + disk.key() + " uses cache=unsafe: the guest's flushes are ignored")
        .evidence(disk.key() + ": " + disk.raw(), disk.source())
        .evidence("guest is not a template and has no 'disposable' role (tags: " + guest.value("tags") + ")", guest.setting("tags").map(s -> s.source()).orElse(guest.config()))
        .impact("A host crash or power loss loses every write since the last host-side writeback, including ones the guest's filesystem journal believed durable: filesystem corruption in the guest")
        .fix("Drop cache=unsafe (default cache=none), or tag the guest 'disposable' if its data may be lost", Disruption.RESTART,
            Disks.setOptions(guest, disk, Map.of("cache", Optional.empty())))
        .add();
  }
}

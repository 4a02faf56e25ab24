package dev.pvetune.rules;

import dev.pvetune.model.Dataset;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Storage;
import java.util.List;

/**
 * A check. Each rule subscribes to one kind of resource; the engine walks the inventory once and
 * hands each rule the resources it looks at. Rules never parse and never print.
 */
public sealed interface Rule {
  RuleInfo info();

  /** Every disk line of every guest on the node (rules filter by {@link Disk#kind()}). */
  non-sealed interface ForDisk extends Rule {
    void check(Guest guest, Disk disk, Inventory inventory, Findings out);
  }

  non-sealed interface ForGuest extends Rule {
    void check(Guest guest, Inventory inventory, Findings out);
  }

  non-sealed interface ForPool extends Rule {
    void check(Pool pool, Inventory inventory, Findings out);
  }

  non-sealed interface ForStorage extends Rule {
    void check(Storage storage, Inventory inventory, Findings out);
  }

  /** Datasets that hold guest data: zvols and subvols in use, and filesystems under image files. */
  non-sealed interface ForDataset extends Rule {
    void check(Dataset dataset, List<Inventory.GuestDisk> users, Inventory inventory, Findings out);
  }

  /** Node-wide checks (memory, ARC, swap, schedules). */
  non-sealed interface ForNode extends Rule {
    void check(Inventory inventory, Findings out);
  }
}

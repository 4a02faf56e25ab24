package dev.pvetune.rules.memory;

import dev.pvetune.model.Bytes;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Swap;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Set;

/** MEM-005: swap on a zvol or on a file in a ZFS dataset deadlocks under memory pressure. */
public final class SwapOnZfs implements Rule.ForNode {
  private static final RuleInfo INFO = new RuleInfo("MEM-005", "swap-on-zfs", Severity.CRITICAL,
      "Swap on ZFS", Set.of(Input.SWAPS, Input.ZVOL_LINKS, Input.ZFS_DATASETS));

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Inventory inv, Findings out) {
    for (Swap swap : inv.host().swaps()) {
      String on = swap.zvol().map(z -> "zvol " + z.name())
          .or(() -> swap.fileDataset().map(d -> "a file on dataset " + d.name())).orElse(null);
      if (on == null) {
        continue;
      }
      out.on(inv.nodeResource() + "/swap/" + swap.device().substring(swap.device().lastIndexOf('/') + 1), "swap " + swap.device() + " (" + Bytes.format(swap.sizeBytes()) + ") is on " + on)
          .evidence(swap.device() + " " + swap.type() + " size " + Bytes.format(swap.sizeBytes()) + " used " + Bytes.format(swap.usedBytes()), swap.ref())
          .impact("Swapping happens when memory is short, and writing to ZFS needs memory (transaction groups, ARC, copy-on-write): under pressure the node can hang and need a hard reset")
          .fix("Move swap off ZFS", Disruption.MANUAL, new Change.Manual(List.of(
              "swapoff " + swap.device() + "   # needs enough free RAM to take back what is swapped out ("
                  + Bytes.format(swap.usedBytes()) + " now)",
              "remove its line from /etc/fstab" + swap.zvol().map(z -> ", then: zfs destroy " + z.name()).orElse(""),
              "if swap is wanted, use a small partition outside ZFS (mkswap /dev/<partition> && swapon /dev/<partition>, plus an fstab line)")))
          .add();
    }
  }
}

package dev.pvetune.rules.pool;

import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Pool;
import dev.pvetune.model.Vdev;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Findings;
import dev.pvetune.rules.Rule;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import java.util.List;
import java.util.Set;

/** POOL-001: a pool that is not ONLINE. */
public final class PoolUnhealthy implements Rule.ForPool {
  private static final RuleInfo INFO = new RuleInfo("POOL-001", "pool-unhealthy", Severity.CRITICAL,
      "Pool is not healthy", Set.of(Input.POOL_STATUS));
  private static final Set<String> CRITICAL = Set.of("FAULTED", "UNAVAIL", "SUSPENDED");

  @Override
  public RuleInfo info() {
    return INFO;
  }

  @Override
  public void check(Pool pool, Inventory inv, Findings out) {
    String state = pool.health();
    if (state.equals("ONLINE")) {
      return;
    }
    List<Vdev> bad = pool.vdevs().stream().flatMap(Vdev::selfAndDescendants)
        .filter(v -> !v.state().equals("ONLINE") && !v.state().equals("AVAIL") && !v.state().equals("INUSE"))
        .toList();
    List<Vdev> badLeaves = bad.stream().filter(v -> v.children().isEmpty()).toList();
    var finding = out.on("pool/" + pool.name(), "pool " + pool.name() + " is " + state
            + (badLeaves.isEmpty() ? "" : ": " + String.join(", ", badLeaves.stream().map(v -> v.name() + " " + v.state() + (v.note().isEmpty() ? "" : " (" + v.note() + ")")).toList())))
        .severity(CRITICAL.contains(state) ? Severity.CRITICAL : Severity.HIGH)
        .evidence("state: " + state, pool.statusRef());
    pool.status().ifPresent(s -> finding.evidence("status: " + s.replace('\n', ' ').replace('\t', ' '), pool.statusRef()));
    bad.forEach(v -> finding.evidence(v.name() + " " + v.state() + " read " + v.readErrors() + " write " + v.writeErrors() + " cksum " + v.checksumErrors()
        + (v.note().isEmpty() ? "" : "  " + v.note()), v.ref()));
    finding.impact(state.equals("DEGRADED")
            ? "The pool runs without part of its redundancy: one more failure in the affected vdev loses data"
            : "The pool cannot serve I/O reliably; guests on it are stalled or failing")
        .fix("Replace or reattach the failed device and let it resilver", Disruption.HARDWARE, new Change.Manual(List.of(
            "zpool status -v " + pool.name() + "   # identify the failed device and any damaged files",
            "zpool replace " + pool.name() + " <failed-device> /dev/disk/by-id/<new-device>   # or 'zpool online' if it came back",
            "zpool status " + pool.name() + "   # watch the resilver; scrub afterwards")))
        .add();
  }
}

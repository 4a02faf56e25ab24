package dev.pvetune.rules;

import dev.pvetune.model.Dataset;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Guest;
import dev.pvetune.model.Input;
import dev.pvetune.model.Inventory;
import dev.pvetune.model.Storage;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import dev.pvetune.settings.Thresholds;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/** Runs rules over an inventory: one walk per resource kind, each rule sees only what it asked for. */
public final class RuleEngine {
  private static final Comparator<Finding> REPORT_ORDER = Comparator
      .comparing(Finding::severity)
      .thenComparing(f -> f.rule().id())
      .thenComparing(Finding::resource);

  private final List<Rule> rules;
  private final Thresholds thresholds;

  public RuleEngine(List<Rule> rules) {
    this(rules, Thresholds.DEFAULTS);
  }

  public RuleEngine(List<Rule> rules, Thresholds thresholds) {
    this.rules = List.copyOf(rules);
    this.thresholds = thresholds;
  }

  /**
   * Runs every rule; half of them on a second thread, since on a cold JVM most of a rule's cost
   * is its first run and the rules only read the inventory.
   */
  public AuditResult run(Inventory inventory) {
    Map<Dataset, List<Inventory.GuestDisk>> guestData = datasetsWithGuestData(inventory);
    List<Rule> first = new ArrayList<>();
    List<Rule> second = new ArrayList<>();
    for (int i = 0; i < rules.size(); i++) {
      (i % 2 == 0 ? first : second).add(rules.get(i));
    }
    CompletableFuture<Partial> other = CompletableFuture.supplyAsync(() -> runAll(second, inventory, guestData, thresholds), RuleEngine::startDaemon);
    Partial mine = runAll(first, inventory, guestData, thresholds);
    Partial theirs;
    try {
      theirs = other.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException r ? r : e;
    }
    List<NotEvaluated> notEvaluated = new ArrayList<>(mine.notEvaluated());
    notEvaluated.addAll(theirs.notEvaluated());
    List<Finding> findings = new ArrayList<>(mine.findings());
    findings.addAll(theirs.findings());
    findings.sort(REPORT_ORDER);
    notEvaluated.sort(Comparator.comparing(n -> n.rule().id()));
    return new AuditResult(inventory, rules.stream().map(Rule::info).toList(), findings, notEvaluated);
  }

  private record Partial(List<Finding> findings, List<NotEvaluated> notEvaluated) {}

  private static Partial runAll(List<Rule> rules, Inventory inventory, Map<Dataset, List<Inventory.GuestDisk>> guestData, Thresholds thresholds) {
    Findings out = new Findings(thresholds);
    List<NotEvaluated> notEvaluated = new ArrayList<>();
    for (Rule rule : rules) {
      Optional<String> missing = missingInput(rule.info(), inventory);
      if (missing.isPresent()) {
        notEvaluated.add(new NotEvaluated(rule.info(), missing.get(), List.of()));
        continue;
      }
      out.start(rule.info());
      dispatch(rule, inventory, guestData, out);
    }
    notEvaluated.addAll(out.unknowns());
    return new Partial(out.findings(), notEvaluated);
  }

  private static void startDaemon(Runnable task) {
    Thread t = new Thread(task, "pvetune-rules");
    t.setDaemon(true);
    t.start();
  }

  private static Optional<String> missingInput(RuleInfo info, Inventory inventory) {
    for (Input input : info.needs()) {
      Optional<String> reason = inventory.availability().missingReason(input);
      if (reason.isPresent()) {
        return Optional.of("needs " + input.description() + ": " + reason.get());
      }
    }
    return Optional.empty();
  }

  private static void dispatch(Rule rule, Inventory inv, Map<Dataset, List<Inventory.GuestDisk>> guestData, Findings out) {
    if (rule instanceof Rule.ForDisk r) {
      for (Guest g : inv.guests()) {
        for (Disk d : g.disks()) {
          r.check(g, d, inv, out);
        }
      }
    } else if (rule instanceof Rule.ForGuest r) {
      inv.guests().forEach(g -> r.check(g, inv, out));
    } else if (rule instanceof Rule.ForPool r) {
      inv.pools().forEach(p -> r.check(p, inv, out));
    } else if (rule instanceof Rule.ForStorage r) {
      for (Storage s : inv.storages()) {
        if (!s.disabled() && s.availableOn(inv.node())) {
          r.check(s, inv, out);
        }
      }
    } else if (rule instanceof Rule.ForDataset r) {
      guestData.forEach((ds, users) -> r.check(ds, users, inv, out));
    } else if (rule instanceof Rule.ForNode r) {
      r.check(inv, out);
    }
  }

  private static Map<Dataset, List<Inventory.GuestDisk>> datasetsWithGuestData(Inventory inv) {
    Map<Dataset, List<Inventory.GuestDisk>> map = new LinkedHashMap<>();
    for (Guest g : inv.guests()) {
      for (Disk d : g.disks()) {
        if (d.kind().carriesData()) {
          d.backing().zfsDataset().ifPresent(ds -> map.computeIfAbsent(ds, k -> new ArrayList<>()).add(new Inventory.GuestDisk(g, d)));
        }
      }
    }
    return map;
  }
}

package dev.pvetune.fix;

import dev.pvetune.model.Bytes;
import dev.pvetune.parse.pve.GuestKind;
import dev.pvetune.rules.AuditResult;
import dev.pvetune.rules.Change;
import dev.pvetune.rules.Disruption;
import dev.pvetune.rules.Finding;
import dev.pvetune.rules.FixAction;
import dev.pvetune.rules.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns the findings' structured fixes into a plan: changes to one resource are merged into one
 * step (every option of a disk in one qm set), identical changes from several findings become one
 * step naming all of them, and what cannot be automated safely goes to the manual section with the
 * reason. Steps are ordered online first, then by disruption class, then by severity.
 */
public final class FixPlanner {
  private static final Pattern OPTION_KEY = Pattern.compile("[a-z][a-z0-9_-]*");
  private static final Pattern ZFS_PROPERTY = Pattern.compile("[a-z][a-z0-9_.:-]*");
  private static final Pattern UNIT = Pattern.compile("[A-Za-z0-9:_.@\\\\-]+\\.timer");
  private static final Pattern CRON_SCHEDULE = Pattern.compile("(@[a-z]+|\\S+ \\S+ \\S+ \\S+ \\S+)");

  private final Map<String, Group> groups = new LinkedHashMap<>();
  private final List<ManualItem> manual = new ArrayList<>();
  private final String node;

  private FixPlanner(String node) {
    this.node = node;
  }

  public static FixPlan plan(AuditResult result, FixSelection selection) {
    return plan(result.inventory().node(), result.inventory().collectedAt(), result.inventory().origin(), result.findings(), selection);
  }

  /** The plan for {@code node}'s findings (guests on other nodes go to the manual section). */
  public static FixPlan plan(String node, Instant collectedAt, String origin, List<Finding> all, FixSelection selection) {
    FixPlanner planner = new FixPlanner(node);
    List<Finding> findings = all.stream()
        .filter(selection::includes)
        .sorted(Comparator.comparing(Finding::severity))
        .toList();
    for (Finding f : findings) {
      for (FixAction fix : f.fixes()) {
        planner.add(new FindingRef(f.rule().id(), f.severity(), f.resource(), fix.summary()), fix);
      }
    }
    List<Map.Entry<Integer, PlannedStep>> numbered = new ArrayList<>();
    for (Group g : planner.groups.values()) {
      numbered.add(Map.entry(numbered.size(), g.build()));
    }
    numbered.sort(Comparator.<Map.Entry<Integer, PlannedStep>, Integer>comparing(e -> e.getValue().disruption().ordinal())
        .thenComparing(e -> e.getValue().severity())
        .thenComparing(Map.Entry::getKey));
    List<PlannedStep> steps = numbered.stream().map(Map.Entry::getValue).toList();
    return new FixPlan(node, collectedAt, origin, steps, planner.manual);
  }

  private void add(FindingRef ref, FixAction fix) {
    Change change = fix.change();
    Optional<String> refusal = refusal(change);
    if (refusal.isPresent()) {
      List<String> steps = new ArrayList<>();
      steps.add("pvetune does not automate this change: " + refusal.get());
      steps.add("the change: " + describe(change));
      manual.add(new ManualItem(ref, fix.disruption(), steps));
      return;
    }
    if (change instanceof Change.Manual m) {
      manual.add(new ManualItem(ref, fix.disruption(), m.steps()));
    } else if (change instanceof Change.DriveOptions d) {
      group("drive\0" + d.kind() + "\0" + d.vmid() + "\0" + d.key() + "\0" + d.currentValue(), ref, fix, () -> new DriveGroup(d)).merge(change, ref);
    } else if (change instanceof Change.GuestOption o) {
      group("guest\0" + o.kind() + "\0" + o.vmid(), ref, fix, () -> new GuestGroup(o.kind(), o.vmid())).merge(change, ref);
    } else if (change instanceof Change.StorageOption s) {
      group("storage\0" + s.storage(), ref, fix, () -> new StorageGroup(s.storage())).merge(change, ref);
    } else {
      group(singleKey(change), ref, fix, () -> new SingleGroup(change)).merge(change, ref);
    }
  }

  /** Changes of the same property (or the one ARC) merge; anything else is its own step. */
  private static String singleKey(Change change) {
    if (change instanceof Change.ZfsProperty z) {
      return "zfs\0" + z.dataset() + "\0" + z.property();
    }
    if (change instanceof Change.PoolProperty p) {
      return "pool\0" + p.pool() + "\0" + p.property();
    }
    if (change instanceof Change.ArcLimits) {
      return "arc";
    }
    if (change instanceof Change.EnableTimer t) {
      return "timer\0" + t.unit();
    }
    return "other\0" + change;
  }

  private Group group(String key, FindingRef ref, FixAction fix, java.util.function.Supplier<Group> create) {
    Group g = groups.computeIfAbsent(key, k -> create.get());
    g.findings.add(ref);
    if (fix.disruption().ordinal() > g.disruption.ordinal()) {
      g.disruption = fix.disruption();
    }
    if (ref.severity().compareTo(g.severity) < 0) {
      g.severity = ref.severity();
    }
    return g;
  }

  /** Why a change cannot be written as a safe command here, if it cannot. */
  private Optional<String> refusal(Change change) {
    if (change instanceof Change.DriveOptions d) {
      return otherNode(d.node()).or(() -> DriveString.rewrite(d.currentValue(), d.set()).refusal());
    }
    if (change instanceof Change.GuestOption o) {
      return otherNode(o.node())
          .or(() -> key(o.key(), "guest option"))
          .or(() -> o.currentValue().flatMap(v -> oneLine(v, "the current value of " + o.key())))
          .or(() -> Optional.ofNullable(o.newValue()).flatMap(v -> oneLine(v, "the new value of " + o.key())));
    }
    if (change instanceof Change.ZfsProperty z) {
      return name(z.dataset(), "dataset")
          .or(() -> ZFS_PROPERTY.matcher(z.property()).matches() ? Optional.empty() : Optional.of("'" + z.property() + "' is not a ZFS property name"))
          .or(() -> z.currentSource().equals("temporary") ? Optional.of("the current value is a temporary mount option") : Optional.empty())
          .or(() -> z.newValue().isPresent() || !isInherited(z.currentSource()) ? Optional.empty()
              : Optional.of(z.property() + " of " + z.dataset() + " is already inherited"));
    }
    if (change instanceof Change.PoolProperty p) {
      return name(p.pool(), "pool")
          .or(() -> ZFS_PROPERTY.matcher(p.property()).matches() ? Optional.empty() : Optional.of("'" + p.property() + "' is not a pool property name"));
    }
    if (change instanceof Change.StorageOption s) {
      return name(s.storage(), "storage")
          .or(() -> key(s.option(), "storage option"))
          .or(() -> s.currentValue().flatMap(v -> oneLine(v, "the current value of " + s.option())))
          .or(() -> Optional.ofNullable(s.newValue()).flatMap(v -> oneLine(v, "the new value of " + s.option())));
    }
    if (change instanceof Change.ArcLimits a) {
      if (a.maxBytes().isEmpty() && a.minBytes().isEmpty()) {
        return Optional.of("the fix sets no limit");
      }
      if (a.maxBytes().isPresent() && a.currentMax().isEmpty() || a.minBytes().isPresent() && a.currentMin().isEmpty()) {
        return Optional.of("the audit does not know the current ARC limits, so the plan could not check them before changing them");
      }
      if (a.maxBytes().isPresent() && a.minBytes().isPresent() && a.minBytes().get() > a.maxBytes().get()) {
        return Optional.of("the minimum is above the maximum");
      }
      if (a.maxBytes().isPresent() && a.minBytes().isEmpty() && a.currentMin().orElse(0L) != 0 && a.maxBytes().get() <= a.currentMin().get()) {
        return Optional.of("the new zfs_arc_max is not above the current zfs_arc_min, which OpenZFS rejects: lower zfs_arc_min as well");
      }
      return Optional.empty();
    }
    if (change instanceof Change.EnableTimer t) {
      return UNIT.matcher(t.unit()).matches() && !t.unit().startsWith("-") ? Optional.empty()
          : Optional.of("'" + t.unit() + "' is not a systemd timer unit name");
    }
    return Optional.empty();
  }

  private Optional<String> otherNode(String guestNode) {
    return guestNode.equals(node) ? Optional.empty()
        : Optional.of("the guest lives on node " + guestNode + ", not on " + node + ": run pvetune fix with that node's bundle");
  }

  private static Optional<String> key(String key, String what) {
    return OPTION_KEY.matcher(key).matches() ? Optional.empty() : Optional.of("'" + key + "' is not a " + what + " name");
  }

  private static Optional<String> name(String name, String what) {
    if (name.isEmpty() || name.startsWith("-")) {
      return Optional.of("the " + what + " name '" + name + "' would be read as a command option");
    }
    return Shell.representable(name) ? Optional.empty() : Optional.of("the " + what + " name contains a NUL character");
  }

  private static Optional<String> oneLine(String value, String what) {
    return value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && Shell.representable(value) ? Optional.empty()
        : Optional.of(what + " contains a line break, which a config line cannot hold");
  }

  static boolean isInherited(String source) {
    return source.equals("default") || source.startsWith("inherited") || source.equals("-");
  }

  static String describe(Change change) {
    if (change instanceof Change.Manual m) {
      return String.join("; ", m.steps());
    }
    if (change instanceof Change.DriveOptions d) {
      return guestLabel(d.kind(), d.vmid()) + " " + d.key() + ": " + describeOptions(d.set());
    }
    if (change instanceof Change.GuestOption o) {
      return guestLabel(o.kind(), o.vmid()) + ": " + o.key() + " " + (o.newValue() == null ? "deleted" : o.newValue());
    }
    if (change instanceof Change.ZfsProperty z) {
      return z.newValue().map(v -> "zfs set " + z.property() + "=" + v).orElse("zfs inherit " + z.property()) + " on " + z.dataset();
    }
    if (change instanceof Change.PoolProperty p) {
      return "zpool set " + p.property() + "=" + p.newValue() + " on " + p.pool();
    }
    if (change instanceof Change.StorageOption s) {
      return "storage " + s.storage() + ": " + s.option() + " " + s.newValue();
    }
    if (change instanceof Change.ArcLimits a) {
      return arcText(a.maxBytes(), a.minBytes(), a.currentMax(), a.currentMin());
    }
    if (change instanceof Change.EnableTimer t) {
      return "enable " + t.unit();
    }
    return change.toString();
  }

  static String guestLabel(GuestKind kind, int vmid) {
    return (kind == GuestKind.QEMU ? "VM " : "CT ") + vmid;
  }

  static String describeOptions(Map<String, Optional<String>> set) {
    List<String> parts = new ArrayList<>();
    new java.util.TreeMap<>(set).forEach((k, v) -> parts.add(v.map(x -> k + "=" + x).orElse(k + " removed")));
    return String.join(", ", parts);
  }

  static String arcText(Optional<Long> max, Optional<Long> min, Optional<Long> curMax, Optional<Long> curMin) {
    List<String> parts = new ArrayList<>();
    max.ifPresent(m -> parts.add("zfs_arc_max " + bytes(m) + " (now " + curMax.map(FixPlanner::bytes).orElse("unknown") + ")"));
    min.ifPresent(m -> parts.add("zfs_arc_min " + bytes(m) + " (now " + curMin.map(FixPlanner::bytes).orElse("unknown") + ")"));
    return String.join(", ", parts);
  }

  private static String bytes(long b) {
    return b == 0 ? "0 (default)" : b + " = " + Bytes.format(b);
  }

  /** The changes to one resource as they are merged. */
  private abstract static class Group {
    final Set<FindingRef> findings = new LinkedHashSet<>();
    final List<String> notes = new ArrayList<>();
    Disruption disruption = Disruption.ONLINE;
    Severity severity = Severity.INFO;

    abstract void merge(Change change, FindingRef ref);

    abstract Action action();

    abstract String resource();

    abstract String change();

    PlannedStep build() {
      return new PlannedStep(List.copyOf(findings), disruption, severity, resource(), change(), action(), notes);
    }
  }

  /** All option changes of one disk line become one rewrite of the whole value. */
  private static final class DriveGroup extends Group {
    private final Change.DriveOptions first;
    private final Map<String, Optional<String>> set = new LinkedHashMap<>();

    DriveGroup(Change.DriveOptions first) {
      this.first = first;
    }

    @Override
    void merge(Change change, FindingRef ref) {
      Change.DriveOptions d = (Change.DriveOptions) change;
      d.set().forEach((k, v) -> {
        if (set.containsKey(k) && !set.get(k).equals(v)) {
          notes.add(ref.ruleId() + " also asks for " + k + (v.map(x -> "=" + x).orElse(" removed")) + "; the more severe finding's value is kept");
        } else {
          set.put(k, v);
        }
      });
    }

    @Override
    Action action() {
      String replacement = DriveString.rewrite(first.currentValue(), set).value().orElseThrow();
      return new Action.SetDrive(first.kind(), first.vmid(), first.key(), first.currentValue(), replacement);
    }

    @Override
    String resource() {
      return guestLabel(first.kind(), first.vmid()) + " " + first.key();
    }

    @Override
    String change() {
      return describeOptions(set);
    }
  }

  /** Guest-level options of one guest become one qm/pct set. */
  private static final class GuestGroup extends Group {
    private final GuestKind kind;
    private final int vmid;
    private final Map<String, Action.Edit> edits = new LinkedHashMap<>();

    GuestGroup(GuestKind kind, int vmid) {
      this.kind = kind;
      this.vmid = vmid;
    }

    @Override
    void merge(Change change, FindingRef ref) {
      Change.GuestOption o = (Change.GuestOption) change;
      Action.Edit edit = new Action.Edit(o.key(), o.currentValue(), Optional.ofNullable(o.newValue()));
      Action.Edit before = edits.putIfAbsent(o.key(), edit);
      if (before != null && !before.equals(edit)) {
        notes.add(ref.ruleId() + " also asks for " + o.key() + " " + edit.value().orElse("deleted") + "; the more severe finding's value is kept");
      }
    }

    @Override
    Action action() {
      return new Action.SetGuestOptions(kind, vmid, List.copyOf(edits.values()));
    }

    @Override
    String resource() {
      return guestLabel(kind, vmid);
    }

    @Override
    String change() {
      return editText(edits.values());
    }
  }

  /** Options of one storage become one pvesm set. */
  private static final class StorageGroup extends Group {
    private final String storage;
    private final Map<String, Action.Edit> edits = new LinkedHashMap<>();

    StorageGroup(String storage) {
      this.storage = storage;
    }

    @Override
    void merge(Change change, FindingRef ref) {
      Change.StorageOption s = (Change.StorageOption) change;
      Action.Edit edit = new Action.Edit(s.option(), s.currentValue(), Optional.ofNullable(s.newValue()));
      Action.Edit before = edits.putIfAbsent(s.option(), edit);
      if (before != null && !before.equals(edit)) {
        notes.add(ref.ruleId() + " also asks for " + s.option() + " " + edit.value().orElse("deleted") + "; the more severe finding's value is kept");
      }
    }

    @Override
    Action action() {
      return new Action.SetStorageOptions(storage, List.copyOf(edits.values()));
    }

    @Override
    String resource() {
      return "storage " + storage;
    }

    @Override
    String change() {
      return editText(edits.values());
    }
  }

  private static String editText(java.util.Collection<Action.Edit> edits) {
    List<String> parts = new ArrayList<>();
    for (Action.Edit e : edits) {
      parts.add(e.key() + " " + e.value().orElse("deleted") + " (now " + e.current().orElse("unset") + ")");
    }
    return String.join(", ", parts);
  }

  /** One property, ARC or timer change; the first (most severe) finding's value wins. */
  private static final class SingleGroup extends Group {
    private final Change first;

    SingleGroup(Change first) {
      this.first = first;
    }

    @Override
    void merge(Change change, FindingRef ref) {
      if (!change.equals(first)) {
        notes.add(ref.ruleId() + " asks for " + describe(change) + "; the more severe finding's change is kept");
      }
    }

    @Override
    Action action() {
      if (first instanceof Change.ZfsProperty z) {
        return new Action.SetZfsProperty(z.dataset(), z.property(), z.currentValue(), z.currentSource(), z.newValue());
      }
      if (first instanceof Change.PoolProperty p) {
        return new Action.SetPoolProperty(p.pool(), p.property(), p.currentValue(), p.newValue());
      }
      if (first instanceof Change.ArcLimits a) {
        return new Action.SetArcLimits(a.maxBytes(), a.minBytes(), a.currentMax(), a.currentMin());
      }
      Change.EnableTimer t = (Change.EnableTimer) first;
      return new Action.EnableTimer(t.unit(), t.fallback());
    }

    @Override
    String resource() {
      if (first instanceof Change.ZfsProperty z) {
        return "dataset " + z.dataset();
      }
      if (first instanceof Change.PoolProperty p) {
        return "pool " + p.pool();
      }
      if (first instanceof Change.EnableTimer t) {
        return "timer " + t.unit();
      }
      return "ARC";
    }

    @Override
    String change() {
      if (first instanceof Change.ZfsProperty z) {
        return z.newValue().map(v -> z.property() + "=" + v).orElse("inherit " + z.property()) + " (now " + z.currentValue() + ", " + z.currentSource() + ")";
      }
      if (first instanceof Change.PoolProperty p) {
        return p.property() + "=" + p.newValue() + " (now " + p.currentValue() + ")";
      }
      if (first instanceof Change.ArcLimits a) {
        return arcText(a.maxBytes(), a.minBytes(), a.currentMax(), a.currentMin()) + ", at runtime and at boot";
      }
      Change.EnableTimer t = (Change.EnableTimer) first;
      return "enable and start " + t.unit() + t.fallback().map(c -> " (or a cron job where the unit does not exist)").orElse("");
    }
  }
}

package dev.pvetune.settings;

import com.fasterxml.jackson.core.JsonToken;
import dev.pvetune.model.Role;
import dev.pvetune.model.SourceRef;
import dev.pvetune.parse.ParseException;
import dev.pvetune.rules.RuleInfo;
import dev.pvetune.rules.Severity;
import dev.pvetune.settings.YamlTree.Entry;
import dev.pvetune.settings.YamlTree.Node;
import dev.pvetune.settings.YamlTree.Scalar;
import dev.pvetune.settings.YamlTree.YamlList;
import dev.pvetune.settings.YamlTree.YamlMap;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the settings file (docs/settings.example.yaml shows every key). Anything it does not
 * understand is an error naming the file and line; nothing is skipped or guessed.
 */
public final class SettingsLoader {
  private static final long MAX_BYTES = 1 << 20;
  private static final Set<String> TOP_KEYS = Set.of("roles", "thresholds", "severities", "waivers");
  private static final Set<Role> ASSIGNABLE = EnumSet.of(Role.DB, Role.WINDOWS_INFRA, Role.AI, Role.MEDIA, Role.DISPOSABLE, Role.TEMPLATE);
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*([kmgt]?)(?:i?b)?", Pattern.CASE_INSENSITIVE);

  private final String file;
  private final Map<String, RuleInfo> rulesByName = new LinkedHashMap<>();

  private SettingsLoader(String file, List<RuleInfo> rules) {
    this.file = file;
    for (RuleInfo r : rules) {
      rulesByName.put(r.id().toLowerCase(Locale.ROOT), r);
      rulesByName.put(r.slug(), r);
    }
  }

  /** Reads a settings file; rule ids and slugs are checked against the given rules. */
  public static Settings load(Path path, List<RuleInfo> rules) {
    String file = path.toString();
    String text;
    try {
      if (Files.isDirectory(path)) {
        throw new ParseException(file, 0, "is a directory; give the settings file itself");
      }
      if (Files.size(path) > MAX_BYTES) {
        throw new ParseException(file, 0, "is larger than 1 MiB; is this the settings file?");
      }
      text = StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(Files.readAllBytes(path))).toString();
    } catch (NoSuchFileException e) {
      throw new ParseException(file, 0, "no such settings file");
    } catch (CharacterCodingException e) {
      throw new ParseException(file, 0, "is not UTF-8 text");
    } catch (IOException e) {
      throw new ParseException(file, 0, "cannot read the settings file: " + e.getMessage());
    }
    return parse(file, text, rules);
  }

  /** Reads settings from text; file names the source in messages. */
  public static Settings parse(String file, String text, List<RuleInfo> rules) {
    return new SettingsLoader(file, rules).read(text);
  }

  private Settings read(String text) {
    Optional<Node> root = YamlTree.parse(file, text);
    if (root.isEmpty()) {
      return new Settings(file, List.of(), Thresholds.DEFAULTS, Map.of(), List.of());
    }
    YamlMap top = map(root.get(), "the settings file");
    for (Entry e : top.entries().values()) {
      if (!TOP_KEYS.contains(e.key())) {
        throw error(e.keyLine(), "unknown key '" + e.key() + "' (known: roles, thresholds, severities, waivers)");
      }
    }
    List<RoleAssignment> roles = optional(top, "roles").map(this::roles).orElse(List.of());
    Thresholds thresholds = optional(top, "thresholds").map(this::thresholds).orElse(Thresholds.DEFAULTS);
    Map<String, Severity> severities = optional(top, "severities").map(this::severities).orElse(Map.of());
    List<Waiver> waivers = optional(top, "waivers").map(this::waivers).orElse(List.of());
    return new Settings(file, roles, thresholds, severities, waivers);
  }

  // roles:
  //   - vmid: 104 | name: "ci-*"
  //     roles: [disposable]
  private List<RoleAssignment> roles(Entry entry) {
    List<RoleAssignment> out = new ArrayList<>();
    List<Node> items = list(entry.value(), "roles");
    for (int i = 0; i < items.size(); i++) {
      String where = "roles[" + (i + 1) + "]";
      YamlMap m = map(items.get(i), where);
      onlyKeys(m, where, "vmid", "name", "roles");
      Optional<Entry> vmid = optional(m, "vmid");
      Optional<Entry> name = optional(m, "name");
      if (vmid.isPresent() == name.isPresent()) {
        throw error(m.line(), where + ": select guests with either 'vmid' or 'name' (a pattern such as ci-*)" + (vmid.isPresent() ? ", not both" : ""));
      }
      OptionalInt id = OptionalInt.empty();
      if (vmid.isPresent()) {
        long v = integer(vmid.get(), where + ".vmid");
        if (v < 100 || v > 999_999_999) {
          throw error(vmid.get().value().line(), where + ".vmid: " + v + " is not a Proxmox guest id (100 to 999999999)");
        }
        id = OptionalInt.of((int) v);
      }
      Optional<Glob> pattern = name.map(n -> glob(n, where + ".name", true));
      Entry rolesEntry = required(m, "roles", where, "the roles to give, e.g. roles: [disposable]");
      out.add(new RoleAssignment(id, pattern, roleSet(rolesEntry, where + ".roles"), new SourceRef(file, m.line())));
    }
    return out;
  }

  private Set<Role> roleSet(Entry entry, String where) {
    List<Node> values = entry.value() instanceof YamlList l ? l.items() : List.of(entry.value());
    if (values.isEmpty()) {
      throw error(entry.value().line(), where + ": give at least one role");
    }
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (Node n : values) {
      String label = string(n, where);
      Optional<Role> role = ASSIGNABLE.stream().filter(r -> r.label().equals(label.strip().toLowerCase(Locale.ROOT))).findFirst();
      if (role.isEmpty()) {
        throw error(n.line(), where + ": unknown role '" + label + "' (use " + ASSIGNABLE.stream().map(Role::label).collect(Collectors.joining(", ")) + ")");
      }
      roles.add(role.get());
    }
    return roles;
  }

  private Thresholds thresholds(Entry entry) {
    YamlMap m = map(entry.value(), "thresholds");
    Thresholds d = Thresholds.DEFAULTS;
    onlyKeys(m, "thresholds", "pool-fill-medium", "pool-fill-high", "pool-fill-critical", "scrub-max-age-days", "snapshot-max-count",
        "snapshot-max-age-days", "host-memory-reserve", "arc-hit-ratio-low", "arc-hit-ratio-medium", "arc-min-accesses");
    int fillMedium = percent(m, "pool-fill-medium", d.poolFillMedium());
    int fillHigh = percent(m, "pool-fill-high", d.poolFillHigh());
    int fillCritical = percent(m, "pool-fill-critical", d.poolFillCritical());
    ordered(m, "pool-fill-medium", fillMedium, "pool-fill-high", fillHigh);
    ordered(m, "pool-fill-high", fillHigh, "pool-fill-critical", fillCritical);
    int scrubDays = (int) bounded(m, "scrub-max-age-days", d.scrubMaxAgeDays(), 1, 3650);
    int snapshots = (int) bounded(m, "snapshot-max-count", d.snapshotMaxCount(), 0, 1_000_000);
    int snapshotDays = (int) bounded(m, "snapshot-max-age-days", d.snapshotMaxAgeDays(), 1, 36500);
    OptionalLong reserve = optional(m, "host-memory-reserve").map(this::memorySize).orElse(d.hostReserveBytes());
    int arcLow = percent(m, "arc-hit-ratio-low", d.arcHitRatioLow());
    int arcMedium = percent(m, "arc-hit-ratio-medium", d.arcHitRatioMedium());
    ordered(m, "arc-hit-ratio-medium", arcMedium, "arc-hit-ratio-low", arcLow);
    long accesses = bounded(m, "arc-min-accesses", d.arcMinAccesses(), 0, Long.MAX_VALUE);
    return new Thresholds(fillMedium, fillHigh, fillCritical, scrubDays, snapshots, snapshotDays, reserve, arcLow, arcMedium, accesses);
  }

  private int percent(YamlMap m, String key, int fallback) {
    return (int) bounded(m, key, fallback, 1, 100);
  }

  private long bounded(YamlMap m, String key, long fallback, long min, long max) {
    Optional<Entry> e = optional(m, key);
    if (e.isEmpty()) {
      return fallback;
    }
    long v = integer(e.get(), "thresholds." + key);
    if (v < min || v > max) {
      throw error(e.get().value().line(), "thresholds." + key + ": " + v + " is out of range (" + min + " to " + max + ")");
    }
    return v;
  }

  /** lower ≤ upper, blaming whichever of the two the file sets (the later one when both). */
  private void ordered(YamlMap m, String lowerKey, int lower, String upperKey, int upper) {
    if (lower <= upper) {
      return;
    }
    int line = optional(m, upperKey).or(() -> optional(m, lowerKey)).map(e -> e.value().line()).orElse(m.line());
    int lowerLine = optional(m, lowerKey).map(e -> e.value().line()).orElse(0);
    line = Math.max(line, lowerLine);
    throw error(line, "thresholds: " + lowerKey + " (" + lower + ") must not be above " + upperKey + " (" + upper + ")"
        + (optional(m, lowerKey).isEmpty() || optional(m, upperKey).isEmpty() ? "; the other one is the default" : ""));
  }

  private OptionalLong memorySize(Entry e) {
    String where = "thresholds." + e.key();
    if (!(e.value() instanceof Scalar s) || (s.token() != JsonToken.VALUE_STRING && s.token() != JsonToken.VALUE_NUMBER_INT)) {
      throw error(e.value().line(), where + ": expected a memory size such as 4G, 512M or a byte count, got " + describe(e.value()));
    }
    Matcher m = SIZE.matcher(s.text().strip());
    if (!m.matches()) {
      throw error(s.line(), where + ": '" + s.text() + "' is not a memory size: write it like 4G, 4GiB, 512M or a byte count");
    }
    int shift = switch (m.group(2).toLowerCase(Locale.ROOT)) {
      case "k" -> 10;
      case "m" -> 20;
      case "g" -> 30;
      case "t" -> 40;
      default -> 0;
    };
    BigInteger bytes = new BigDecimal(m.group(1)).toBigInteger().shiftLeft(shift);
    if (bytes.bitLength() > 62) {
      throw error(s.line(), where + ": '" + s.text() + "' is too large");
    }
    return OptionalLong.of(bytes.longValueExact());
  }

  // severities:
  //   DISK-013: info
  //   pool-full: high
  private Map<String, Severity> severities(Entry entry) {
    YamlMap m = map(entry.value(), "severities");
    Map<String, Severity> out = new LinkedHashMap<>();
    Map<String, Integer> lines = new LinkedHashMap<>();
    for (Entry e : m.entries().values()) {
      RuleInfo rule = rule(e.key(), e.keyLine(), "severities");
      String text = string(e.value(), "severities." + e.key());
      Severity severity;
      try {
        severity = Severity.parse(text);
      } catch (IllegalArgumentException ex) {
        throw error(e.value().line(), "severities." + e.key() + ": " + ex.getMessage());
      }
      Integer earlier = lines.put(rule.id(), e.keyLine());
      if (earlier != null) {
        throw error(e.keyLine(), "severities: " + rule.id() + " (" + rule.slug() + ") is already given at line " + earlier);
      }
      out.put(rule.id(), severity);
    }
    return out;
  }

  // waivers:
  //   - rule: DISK-003
  //     resource: node/pve1/qemu/104/*
  //     reason: ...
  //     expires: 2027-03-31
  private List<Waiver> waivers(Entry entry) {
    List<Waiver> out = new ArrayList<>();
    List<Node> items = list(entry.value(), "waivers");
    for (int i = 0; i < items.size(); i++) {
      String where = "waivers[" + (i + 1) + "]";
      YamlMap m = map(items.get(i), where);
      onlyKeys(m, where, "rule", "resource", "reason", "expires");
      Entry ruleEntry = required(m, "rule", where, "the rule id or slug, e.g. rule: DISK-003");
      RuleInfo rule = rule(string(ruleEntry.value(), where + ".rule"), ruleEntry.value().line(), where + ".rule");
      Entry resourceEntry = required(m, "resource", where, "a resource pattern, e.g. resource: node/pve1/qemu/104/*");
      Glob resource = glob(resourceEntry, where + ".resource", false);
      Optional<Entry> reasonEntry = optional(m, "reason");
      String reason = reasonEntry.filter(r -> !(r.value() instanceof Scalar s && s.token() == JsonToken.VALUE_NULL))
          .map(r -> string(r.value(), where + ".reason")).orElse("");
      if (reason.isBlank()) {
        throw error(reasonEntry.map(r -> r.value().line()).orElse(m.line()),
            where + " (" + rule.id() + " on " + resource + "): a waiver needs a reason: say why this finding is accepted, e.g. reason: \"CI runner, rebuilt nightly\"");
      }
      Optional<LocalDate> expires = optional(m, "expires").map(e -> date(e, where + ".expires"));
      out.add(new Waiver(rule.id(), resource, reason.strip(), expires, new SourceRef(file, m.line())));
    }
    return out;
  }

  private LocalDate date(Entry e, String where) {
    String text = e.value() instanceof Scalar s && s.token() == JsonToken.VALUE_STRING ? s.text().strip() : null;
    if (text == null || !DATE.matcher(text).matches()) {
      throw error(e.value().line(), where + ": expected a date YYYY-MM-DD, got " + describe(e.value()));
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException ex) {
      throw error(e.value().line(), where + ": " + text + " is not a date of the calendar");
    }
  }

  private RuleInfo rule(String name, int line, String where) {
    RuleInfo rule = rulesByName.get(name.strip().toLowerCase(Locale.ROOT));
    if (rule == null) {
      throw error(line, where + ": unknown rule '" + name + "' (give a rule id such as DISK-003 or its slug such as cache-unsafe)");
    }
    return rule;
  }

  private Glob glob(Entry e, String where, boolean ignoreCase) {
    String text = string(e.value(), where);
    try {
      return Glob.compile(text.strip(), ignoreCase);
    } catch (IllegalArgumentException ex) {
      throw error(e.value().line(), where + ": bad pattern: " + ex.getMessage());
    }
  }

  private YamlMap map(Node n, String where) {
    if (n instanceof YamlMap m) {
      return m;
    }
    throw error(n.line(), where + " should be a mapping of key: value lines, not " + describe(n));
  }

  private List<Node> list(Node n, String where) {
    if (n instanceof YamlList l) {
      return l.items();
    }
    throw error(n.line(), where + " should be a list of entries starting with '- ', not " + describe(n));
  }

  private String string(Node n, String where) {
    if (n instanceof Scalar s && s.token() == JsonToken.VALUE_STRING) {
      return s.text();
    }
    throw error(n.line(), where + ": expected text, got " + describe(n));
  }

  private long integer(Entry e, String where) {
    if (e.value() instanceof Scalar s && s.token() == JsonToken.VALUE_NUMBER_INT) {
      try {
        return Long.parseLong(s.text().replace("_", ""));
      } catch (NumberFormatException ex) {
        throw error(s.line(), where + ": " + s.text() + " is too large");
      }
    }
    throw error(e.value().line(), where + ": expected a whole number, got " + describe(e.value()));
  }

  private void onlyKeys(YamlMap m, String where, String... known) {
    List<String> allowed = List.of(known);
    for (Entry e : m.entries().values()) {
      if (!allowed.contains(e.key())) {
        throw error(e.keyLine(), where + ": unknown key '" + e.key() + "' (known: " + String.join(", ", allowed) + ")");
      }
    }
  }

  private static Optional<Entry> optional(YamlMap m, String key) {
    return Optional.ofNullable(m.entries().get(key));
  }

  private Entry required(YamlMap m, String key, String where, String hint) {
    return optional(m, key).orElseThrow(() -> error(m.line(), where + ": missing '" + key + "': " + hint));
  }

  private static String describe(Node n) {
    if (n instanceof YamlMap) {
      return "a mapping";
    }
    if (n instanceof YamlList) {
      return "a list";
    }
    Scalar s = (Scalar) n;
    return switch (s.token()) {
      case VALUE_NULL -> "nothing";
      case VALUE_STRING -> "'" + s.text() + "'";
      case VALUE_TRUE, VALUE_FALSE -> "the boolean " + s.text();
      default -> s.text();
    };
  }

  private ParseException error(int line, String message) {
    return new ParseException(file, line, message);
  }
}

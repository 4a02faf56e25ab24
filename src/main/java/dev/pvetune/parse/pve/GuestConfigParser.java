package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Lines;
import dev.pvetune.parse.ParseException;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads guest config files the way {@code parse_vm_config} (qemu-server) and {@code
 * parse_pct_config} (pve-container) do in their non-strict mode: what Proxmox would skip with a
 * warning becomes a {@link Diagnostic}, everything else is kept, unknown keys included.
 */
public final class GuestConfigParser {
  private static final int CI = Pattern.CASE_INSENSITIVE | Pattern.DOTALL;
  private static final Pattern FILE_NAME = Pattern.compile("(\\d{1,9})\\.conf");
  private static final Pattern BLANK = Pattern.compile("\\s*");
  private static final Pattern QEMU_PENDING = Pattern.compile("\\[PENDING\\]\\s*", CI);
  private static final Pattern QEMU_SPECIAL =
      Pattern.compile("\\[special:(cloudinit|fleecing)\\]\\s*", CI);
  private static final Pattern LXC_PENDING = Pattern.compile("\\[pve:pending\\]\\s*", CI);
  private static final Pattern SNAPSHOT = Pattern.compile("\\[([a-z][a-z0-9_\\-]+)\\]\\s*", CI);
  private static final Pattern ANY_HEADER = Pattern.compile("\\[([^\\]]*)\\]\\s*", Pattern.DOTALL);
  private static final Pattern COMMENT = Pattern.compile("#(.*)", Pattern.DOTALL);
  private static final Pattern DESCRIPTION =
      Pattern.compile("description:\\s*(.*\\S)\\s*", Pattern.DOTALL);
  // Not anchored at the start, exactly like Proxmox: "foo snapstate: delete" also matches.
  private static final Pattern SNAPSTATE = Pattern.compile("snapstate:\\s*(prepare|delete)\\s*$");
  private static final Pattern ARGS = Pattern.compile("args:\\s*(.*\\S)\\s*", Pattern.DOTALL);
  private static final Pattern DELETE = Pattern.compile("delete:\\s*(.*\\S)\\s*", Pattern.DOTALL);
  private static final Pattern QEMU_KEY =
      Pattern.compile("([a-z][a-z_\\-]*\\d*):\\s*(.+?)\\s*", Pattern.DOTALL);
  private static final Pattern LXC_KEY =
      Pattern.compile("([a-z][a-z_]*\\d*):\\s*(.+?)\\s*", Pattern.DOTALL);
  private static final Pattern LXC_RAW =
      Pattern.compile("(lxc\\.[a-z0-9_\\-.]+)(:|\\s*=)\\s*(.*?)\\s*", Pattern.DOTALL);

  private GuestConfigParser() {}

  /** Parses {@code .../qemu-server/<vmid>.conf}. */
  public static Parsed<GuestConfig> parseQemu(String text, String file) {
    return parse(GuestKind.QEMU, text, file);
  }

  /** Parses {@code .../lxc/<ctid>.conf}. */
  public static Parsed<GuestConfig> parseLxc(String text, String file) {
    return parse(GuestKind.LXC, text, file);
  }

  /**
   * Parses a guest config.
   *
   * @throws ParseException if the file name is not {@code <vmid>.conf}
   */
  public static Parsed<GuestConfig> parse(GuestKind kind, String text, String file) {
    int vmid = vmidFromFileName(file);
    Run run = new Run(kind, file);
    List<String> lines = Lines.of(text);
    for (int i = 0; i < lines.size(); i++) {
      run.line(lines.get(i), i + 1);
    }
    if (text.isBlank()) {
      run.diagnostics.add(new Diagnostic(file, 0, "the guest config is empty"));
    }
    return new Parsed<>(run.build(vmid), run.diagnostics);
  }

  /**
   * The guest id from a file name ending in {@code <digits>.conf}.
   *
   * @throws ParseException if the name does not end that way
   */
  public static int vmidFromFileName(String file) {
    String base = file.substring(file.lastIndexOf('/') + 1);
    Matcher m = FILE_NAME.matcher(base);
    if (!m.matches()) {
      throw new ParseException(
          file, 0, "not a guest config file name (expected <vmid>.conf, e.g. 101.conf)");
    }
    return Integer.parseInt(m.group(1));
  }

  /** The mutable state of one parse; turned into immutable records at the end. */
  private static final class Run {
    private final GuestKind kind;
    private final String file;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private final Builder main = new Builder(SectionKind.MAIN, "", 0);
    private Builder pending;
    private final Map<String, Builder> special = new LinkedHashMap<>();
    private final Map<String, Builder> snapshots = new LinkedHashMap<>();

    /** Null while inside an unknown VM section, whose lines Proxmox skips. */
    private Builder current = main;

    Run(GuestKind kind, String file) {
      this.kind = kind;
      this.file = file;
    }

    void warn(int line, String message) {
      diagnostics.add(new Diagnostic(file, line, message));
    }

    void line(String line, int no) {
      if (line.indexOf(PveText.REPLACEMENT) >= 0) {
        warn(no, "the line contains bytes that are not valid UTF-8 (shown as U+FFFD)");
      }
      if (BLANK.matcher(line).matches()) {
        return;
      }
      if (kind == GuestKind.QEMU ? qemuHeader(line, no) : lxcHeader(line, no)) {
        return;
      }
      if (current == null) {
        return;
      }
      Matcher m = COMMENT.matcher(line);
      if (m.matches()) {
        current.appendDescription(PveText.decodeText(m.group(1)) + "\n");
        if (!PveText.decodesCleanly(m.group(1))) {
          warn(no, "the description line decodes to bytes that are not valid UTF-8");
        }
        return;
      }
      if (kind == GuestKind.LXC && (m = LXC_RAW.matcher(line)).matches()) {
        current.lxc.add(new ConfigEntry(m.group(1), m.group(3), no));
        return;
      }
      if ((m = DESCRIPTION.matcher(line)).matches()) {
        current.appendDescription(PveText.decodeText(m.group(1)));
        return;
      }
      if ((m = SNAPSTATE.matcher(line)).find()) {
        put("snapstate", m.group(1), no);
        return;
      }
      if (kind == GuestKind.QEMU && (m = ARGS.matcher(line)).matches()) {
        put("args", m.group(1), no);
        return;
      }
      if ((m = DELETE.matcher(line)).matches()) {
        pendingDelete(m.group(1), no);
        return;
      }
      if ((m = (kind == GuestKind.QEMU ? QEMU_KEY : LXC_KEY).matcher(line)).matches()) {
        keyValue(m.group(1), m.group(2), no);
        return;
      }
      if (kind == GuestKind.LXC && ANY_HEADER.matcher(line).matches()) {
        warn(
            no,
            "'"
                + line.strip()
                + "' is not a valid section header; Proxmox ignores this line and keeps reading"
                + " the following lines into "
                + current.describe());
        return;
      }
      warn(
          no,
          "cannot parse '" + line.strip() + "' (expected 'key: value'); Proxmox ignores this line");
    }

    private boolean qemuHeader(String line, int no) {
      Matcher m;
      if (QEMU_PENDING.matcher(line).matches()) {
        pending = replaceSingle(pending, new Builder(SectionKind.PENDING, "pending", no));
        current = pending;
        return true;
      }
      if ((m = QEMU_SPECIAL.matcher(line)).matches()) {
        String name = m.group(1).toLowerCase(java.util.Locale.ROOT);
        current = replaceNamed(special, new Builder(SectionKind.SPECIAL, name, no));
        return true;
      }
      if ((m = SNAPSHOT.matcher(line)).matches()) {
        current = replaceNamed(snapshots, new Builder(SectionKind.SNAPSHOT, m.group(1), no));
        return true;
      }
      if ((m = ANY_HEADER.matcher(line)).matches()) {
        warn(
            no,
            "unknown section ["
                + m.group(1)
                + "]; Proxmox ignores it and every line up to the next known section header");
        current = null;
        return true;
      }
      return false;
    }

    private boolean lxcHeader(String line, int no) {
      Matcher m;
      if (LXC_PENDING.matcher(line).matches()) {
        pending = replaceSingle(pending, new Builder(SectionKind.PENDING, "pending", no));
        current = pending;
        return true;
      }
      if ((m = SNAPSHOT.matcher(line)).matches()) {
        current = replaceNamed(snapshots, new Builder(SectionKind.SNAPSHOT, m.group(1), no));
        return true;
      }
      return false;
    }

    private Builder replaceSingle(Builder old, Builder fresh) {
      if (old != null) {
        duplicateSection(old, fresh);
      }
      return fresh;
    }

    private Builder replaceNamed(Map<String, Builder> sections, Builder fresh) {
      Builder old = sections.remove(fresh.name);
      if (old != null) {
        duplicateSection(old, fresh);
      }
      sections.put(fresh.name, fresh);
      return fresh;
    }

    private void duplicateSection(Builder old, Builder fresh) {
      warn(
          fresh.headerLine,
          "duplicate section "
              + fresh.describe()
              + "; it replaces the one at line "
              + old.headerLine
              + " (as in Proxmox)");
    }

    private void pendingDelete(String list, int no) {
      if (current.kind != SectionKind.PENDING) {
        warn(
            no,
            "'delete:' is only allowed in the pending section, not in "
                + current.describe()
                + "; Proxmox ignores this line");
        return;
      }
      if (current.deleteLine > 0) {
        warn(no, "second 'delete:' line (first at line " + current.deleteLine + "); the last wins");
        current.deletes.clear();
      }
      current.deleteLine = no;
      for (String item : PveText.splitList(list)) {
        boolean force = item.startsWith("!");
        current.deletes.add(new PendingDelete(force ? item.substring(1) : item, force, no));
      }
    }

    private void keyValue(String key, String value, int no) {
      if (value.isBlank()) {
        warn(no, "'" + key + "' has no value; Proxmox ignores this line");
        return;
      }
      boolean cloudinit = current.kind == SectionKind.SPECIAL && current.name.equals("cloudinit");
      if (kind == GuestKind.QEMU && key.equals("cdrom") && !cloudinit) {
        key = "ide2";
      }
      put(key, value, no);
    }

    private void put(String key, String value, int no) {
      ConfigEntry previous = current.entries.remove(key);
      if (previous != null) {
        warn(
            no,
            "'"
                + key
                + "' is set again (first at line "
                + previous.line()
                + "); Proxmox uses this last value");
      }
      current.entries.put(key, new ConfigEntry(key, value, no));
    }

    GuestConfig build(int vmid) {
      Map<String, GuestSection> specials = new LinkedHashMap<>();
      special.forEach((name, b) -> specials.put(name, b.build(kind)));
      List<GuestSection> snaps = new ArrayList<>();
      snapshots.values().forEach(b -> snaps.add(b.build(kind)));
      return new GuestConfig(
          kind,
          vmid,
          file,
          main.build(kind),
          Optional.ofNullable(pending).map(b -> b.build(kind)),
          specials,
          snaps);
    }
  }

  private static final class Builder {
    private final SectionKind kind;
    private final String name;
    private final int headerLine;
    private StringBuilder description;
    private final Map<String, ConfigEntry> entries = new LinkedHashMap<>();
    private final List<ConfigEntry> lxc = new ArrayList<>();
    private final List<PendingDelete> deletes = new ArrayList<>();
    private int deleteLine;

    Builder(SectionKind kind, String name, int headerLine) {
      this.kind = kind;
      this.name = name;
      this.headerLine = headerLine;
    }

    void appendDescription(String text) {
      if (description == null) {
        description = new StringBuilder();
      }
      description.append(text);
    }

    String describe() {
      switch (kind) {
        case MAIN:
          return "the main section";
        case PENDING:
          return "the pending section";
        case SPECIAL:
          return "[special:" + name + "]";
        default:
          return "snapshot section [" + name + "]";
      }
    }

    GuestSection build(GuestKind guestKind) {
      Optional<String> descr = Optional.empty();
      // A container keeps a description only if some text was collected; a VM keeps even an
      // empty one (a lone '#' in [PENDING] means "description cleared").
      if (description != null && (guestKind == GuestKind.QEMU || description.length() > 0)) {
        descr = Optional.of(description.toString().stripTrailing());
      }
      return new GuestSection(kind, name, headerLine, descr, entries, lxc, deletes);
    }
  }
}

package dev.pvetune.parse.pve;

import dev.pvetune.parse.Diagnostic;
import dev.pvetune.parse.Parsed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads {@code /etc/pve/storage.cfg} with pve-storage's parse-time semantics: lower-cased types,
 * validated ids, content and node lists as sets, {@code shared} forced for network types, bare
 * booleans, and the {@code local} storage injected when missing.
 */
public final class StorageConfigParser {
  private static final Pattern NODE_NAME =
      Pattern.compile("[a-zA-Z0-9](?:[a-zA-Z0-9\\-]*[a-zA-Z0-9])?");
  private static final String LOCAL = "local";
  private static final String LOCAL_PATH = "/var/lib/vz";

  private StorageConfigParser() {}

  public static Parsed<StorageConfig> parse(String text, String file) {
    Parsed<SectionConfigFile> raw = SectionConfigParser.parse(text, file);
    List<Diagnostic> diagnostics = new ArrayList<>(raw.diagnostics());
    Map<String, Storage> byId = new LinkedHashMap<>();
    for (ConfigSection section : raw.value().sections()) {
      Optional<Storage> storage = storage(section, file, diagnostics);
      if (storage.isEmpty()) {
        continue;
      }
      Storage previous = byId.remove(storage.get().id());
      if (previous != null) {
        diagnostics.add(
            new Diagnostic(
                file,
                section.line(),
                "storage '"
                    + section.id()
                    + "' is defined again (first at line "
                    + previous.line()
                    + "); Proxmox uses this later definition"));
      }
      byId.put(storage.get().id(), storage.get());
    }
    return new Parsed<>(new StorageConfig(withLocal(byId, file, diagnostics)), diagnostics);
  }

  private static Optional<Storage> storage(
      ConfigSection section, String file, List<Diagnostic> diagnostics) {
    String type = section.type().toLowerCase(Locale.ROOT);
    String id = section.id();
    if (!PveText.isStorageId(id)) {
      diagnostics.add(
          new Diagnostic(
              file,
              section.line(),
              "'"
                  + id
                  + "' is not a valid storage id (letters, digits, '-', '_', '.'; starting with a"
                  + " letter); Proxmox skips this storage"));
      return Optional.empty();
    }
    StorageTypes.Info info = StorageTypes.KNOWN.get(type);
    if (info == null) {
      diagnostics.add(
          new Diagnostic(
              file,
              section.line(),
              "storage '"
                  + id
                  + "' has unknown type '"
                  + type
                  + "' (a third-party plugin?); only its raw options are used"));
    }
    Map<String, SectionEntry> options = new LinkedHashMap<>();
    for (SectionEntry entry : section.entries()) {
      // a third-party type has its own schema: keep its lines as written
      if (info == null || accept(id, entry, file, diagnostics)) {
        options.put(entry.key(), entry);
      }
    }
    if (info != null) {
      for (String required : info.required()) {
        if (!options.containsKey(required)) {
          diagnostics.add(
              new Diagnostic(
                  file,
                  section.line(),
                  "storage '"
                      + id
                      + "' ("
                      + type
                      + ") lacks the required option '"
                      + required
                      + "'; Proxmox skips this storage"));
          return Optional.empty();
        }
      }
    }
    Set<String> content = null;
    SectionEntry contentEntry = options.get("content");
    if (contentEntry != null) {
      content = content(id, info, contentEntry, file, diagnostics);
    }
    boolean contentDefaulted = content == null;
    if (content == null) {
      content = info == null ? Set.of() : info.defaultContent();
    }
    Optional<Set<String>> nodes = Optional.empty();
    SectionEntry nodesEntry = options.get("nodes");
    if (nodesEntry != null) {
      nodes = Optional.of(nodes(id, nodesEntry, file, diagnostics));
    }
    if (options.containsKey("maxfiles")) {
      diagnostics.add(
          new Diagnostic(
              file,
              options.get("maxfiles").line(),
              "storage '"
                  + id
                  + "' uses the legacy option 'maxfiles' (removed in PVE 9); use prune-backups"));
    }
    boolean forcedShared = StorageTypes.FORCED_SHARED.contains(type);
    Storage storage =
        new Storage(
            id,
            type,
            info != null,
            section.line(),
            false,
            content,
            contentDefaulted,
            nodes,
            forcedShared || flag(options, "shared"),
            flag(options, "disable"),
            options);
    return Optional.of(storage);
  }

  /** Whether Proxmox would accept the option line (booleans 0/1 or bare, others need a value). */
  private static boolean accept(
      String id, SectionEntry entry, String file, List<Diagnostic> diagnostics) {
    if (StorageTypes.BOOLEAN_KEYS.contains(entry.key())) {
      if (PveText.parseSectionBoolean(entry.value()).isEmpty()) {
        diagnostics.add(
            new Diagnostic(
                file,
                entry.line(),
                "storage '"
                    + id
                    + "': '"
                    + entry.key()
                    + " "
                    + entry.value().orElse("")
                    + "' is not 0 or 1 (storage.cfg accepts no other spelling); Proxmox ignores"
                    + " it"));
        return false;
      }
      return true;
    }
    if (entry.value().isEmpty()) {
      diagnostics.add(
          new Diagnostic(
              file,
              entry.line(),
              "storage '" + id + "': '" + entry.key() + "' has no value; Proxmox ignores it"));
      return false;
    }
    return true;
  }

  private static boolean flag(Map<String, SectionEntry> options, String key) {
    SectionEntry entry = options.get(key);
    return entry != null && PveText.parseSectionBoolean(entry.value()).orElse(false);
  }

  /** The content set, or null when Proxmox ignores the line (the type default then applies). */
  private static Set<String> content(
      String id,
      StorageTypes.Info info,
      SectionEntry entry,
      String file,
      List<Diagnostic> diagnostics) {
    List<String> items = PveText.splitList(entry.value().orElse(""));
    if (items.contains("none") && items.size() > 1) {
      diagnostics.add(
          new Diagnostic(
              file,
              entry.line(),
              "storage '"
                  + id
                  + "': content 'none' cannot be combined with other types; Proxmox ignores this"
                  + " content line"));
      return null;
    }
    Set<String> content = new LinkedHashSet<>();
    for (String item : items) {
      if (info != null && !info.content().contains(item)) {
        diagnostics.add(
            new Diagnostic(
                file,
                entry.line(),
                "storage '"
                    + id
                    + "': content type '"
                    + item
                    + "' is not supported by this storage type; Proxmox drops it"));
        continue;
      }
      if (!item.equals("none")) {
        content.add(item);
      }
    }
    return content;
  }

  private static Set<String> nodes(
      String id, SectionEntry entry, String file, List<Diagnostic> diagnostics) {
    Set<String> nodes = new LinkedHashSet<>();
    for (String node : PveText.splitList(entry.value().orElse(""))) {
      if (NODE_NAME.matcher(node).matches()) {
        nodes.add(node);
      } else {
        diagnostics.add(
            new Diagnostic(
                file,
                entry.line(),
                "storage '" + id + "': '" + node + "' is not a valid node name; Proxmox drops it"));
      }
    }
    return nodes;
  }

  /**
   * Proxmox always has a {@code local} dir storage at /var/lib/vz: it replaces a missing or
   * different one with the built-in definition and ignores node restrictions on it.
   */
  private static List<Storage> withLocal(
      Map<String, Storage> byId, String file, List<Diagnostic> diagnostics) {
    List<Storage> out = new ArrayList<>();
    Storage local = byId.remove(LOCAL);
    boolean usable =
        local != null
            && local.type().equals("dir")
            && local.path().map(LOCAL_PATH::equals).orElse(true);
    if (usable) {
      if (local.nodes().isPresent()) {
        diagnostics.add(
            new Diagnostic(
                file,
                local.options().get("nodes").line(),
                "storage 'local' cannot be restricted to nodes; Proxmox ignores its 'nodes'"));
        local =
            new Storage(
                local.id(),
                local.type(),
                local.knownType(),
                local.line(),
                false,
                local.content(),
                local.contentDefaulted(),
                Optional.empty(),
                local.shared(),
                local.disabled(),
                local.options());
      }
      out.add(local);
    } else {
      if (local != null) {
        diagnostics.add(
            new Diagnostic(
                file,
                local.line(),
                "storage 'local' is not a dir storage at "
                    + LOCAL_PATH
                    + "; Proxmox replaces it with its built-in definition"));
      }
      out.add(injectedLocal());
    }
    out.addAll(byId.values());
    return out;
  }

  private static Storage injectedLocal() {
    Map<String, SectionEntry> options = new LinkedHashMap<>();
    options.put("path", new SectionEntry("path", Optional.of(LOCAL_PATH), 0));
    options.put(
        "content",
        new SectionEntry("content", Optional.of("backup,images,iso,rootdir,snippets,vztmpl"), 0));
    options.put("prune-backups", new SectionEntry("prune-backups", Optional.of("keep-all=1"), 0));
    return new Storage(
        LOCAL,
        "dir",
        true,
        0,
        true,
        Set.of("backup", "images", "iso", "rootdir", "snippets", "vztmpl"),
        false,
        Optional.empty(),
        false,
        false,
        options);
  }
}

package dev.pvetune.model.build;

import dev.pvetune.model.Input;
import dev.pvetune.model.Setting;
import dev.pvetune.model.SourceRef;
import dev.pvetune.model.Storage;
import dev.pvetune.parse.pve.SectionEntry;
import dev.pvetune.parse.pve.StorageConfigParser;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Storage definitions from /etc/pve/storage.cfg. */
final class StoragesBuilder {
  static final String PATH = "/etc/pve/storage.cfg";

  private StoragesBuilder() {}

  static List<Storage> build(Inputs in) {
    return in.file(PATH, Input.STORAGE_CFG)
        .flatMap(f -> in.parse(f.text(), f.path(), Input.STORAGE_CFG, StorageConfigParser::parse)
            .map(cfg -> cfg.storages().stream().map(s -> storage(s, f.path())).toList()))
        .orElse(List.of());
  }

  private static Storage storage(dev.pvetune.parse.pve.Storage s, String file) {
    Map<String, Setting> options = new LinkedHashMap<>();
    for (Map.Entry<String, SectionEntry> e : s.options().entrySet()) {
      // A bare key (`sparse`, `disable`) is a boolean set to 1.
      options.put(e.getKey(), new Setting(e.getValue().value().orElse("1"), new SourceRef(file, e.getValue().line())));
    }
    if (s.sparse()) {
      options.put("sparse", new Setting("1", options.containsKey("sparse") ? options.get("sparse").source() : new SourceRef(file, s.line())));
    }
    return new Storage(s.id(), s.type(), options, s.content(), s.nodes(), s.shared(), s.disabled(),
        s.injected() ? SourceRef.of(file + " (implicit 'local' storage)") : new SourceRef(file, s.line()));
  }
}

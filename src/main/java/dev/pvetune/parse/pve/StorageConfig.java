package dev.pvetune.parse.pve;

import java.util.List;
import java.util.Optional;

/** storage.cfg as Proxmox sees it: storages in file order (an injected {@code local} first). */
public record StorageConfig(List<Storage> storages) {
  public StorageConfig {
    storages = List.copyOf(storages);
  }

  public Optional<Storage> find(String id) {
    return storages.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}

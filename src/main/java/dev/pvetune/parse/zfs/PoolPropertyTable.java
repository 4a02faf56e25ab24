package dev.pvetune.parse.zfs;

import java.util.List;
import java.util.Optional;

/** Every pool of a {@code zpool get} output, in printed order. */
public record PoolPropertyTable(List<PoolProperties> pools) {

  public PoolPropertyTable {
    pools = List.copyOf(pools);
  }

  public Optional<PoolProperties> pool(String name) {
    return pools.stream().filter(p -> p.pool().equals(name)).findFirst();
  }
}

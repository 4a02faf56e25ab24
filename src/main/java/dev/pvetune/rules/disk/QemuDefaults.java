package dev.pvetune.rules.disk;

import dev.pvetune.model.Backing;
import dev.pvetune.model.Disk;
import dev.pvetune.model.Setting;
import dev.pvetune.model.Storage;
import dev.pvetune.model.Versions;
import java.util.Optional;

/**
 * What QEMU really gets for a drive when an option is absent: qemu-server's defaults per storage
 * type and version (reference/formats.md §1.6).
 */
public final class QemuDefaults {
  private QemuDefaults() {}

  /** A value and whether it came from a default rather than the config line. */
  public record Effective(String value, boolean isDefault) {
    /** "native (default)" in messages. */
    public String describe() {
      return isDefault ? value + " (default)" : value;
    }
  }

  public static Effective cache(Disk disk) {
    return disk.option("cache").map(v -> new Effective(v, false)).orElse(new Effective("none", true));
  }

  /** Direct (O_DIRECT) cache modes: none and directsync. */
  public static boolean isDirect(String cache) {
    return cache.equals("none") || cache.equals("directsync");
  }

  public static Effective aio(Disk disk, Versions versions) {
    Optional<String> set = disk.option("aio");
    if (set.isPresent()) {
      return new Effective(set.get(), false);
    }
    boolean direct = isDirect(cache(disk).value());
    boolean ioUringEra = versions.qemuServer().map(v -> v.atLeast(7, 0)).orElse(true);
    if (!ioUringEra) {
      return new Effective(direct ? "native" : "threads", true);
    }
    Optional<Storage> storage = disk.backing().storage();
    String type = storage.map(Storage::type).orElse("");
    if (type.equals("lvm") || type.equals("cifs")) {
      return new Effective(direct ? "native" : "threads", true);
    }
    boolean krbd = type.equals("rbd") && storage.flatMap(s -> s.option("krbd")).map(Setting::value).map(v -> v.equals("1")).orElse(false);
    if (krbd && !direct) {
      return new Effective("threads", true);
    }
    return new Effective("io_uring", true);
  }

  /** The image format: explicit format=, else the file extension, else raw for block storages. */
  public static String format(Disk disk) {
    if (disk.backing() instanceof Backing.ImageFile f) {
      return f.format();
    }
    return disk.option("format").orElse("raw");
  }
}

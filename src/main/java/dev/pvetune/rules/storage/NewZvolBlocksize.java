package dev.pvetune.rules.storage;

import dev.pvetune.model.Inventory;
import dev.pvetune.model.Setting;
import dev.pvetune.model.SoftwareVersion;
import dev.pvetune.model.SourceRef;
import dev.pvetune.model.Storage;
import java.util.Locale;
import java.util.Optional;

/**
 * The volblocksize a zfspool storage gives new disks: its {@code blocksize} option, or the
 * OpenZFS default (8K before 2.2, 16K since) when the option is absent.
 *
 * @param bytes the block size
 * @param fromOption true when storage.cfg sets it, false when it is the OpenZFS default
 * @param describe "16K (blocksize 16k)" or "16K (the OpenZFS 2.2.7 default)"
 * @param ref where the value comes from: the storage line or the version output
 */
record NewZvolBlocksize(long bytes, boolean fromOption, String describe, SourceRef ref) {

  /** Empty when the option is unreadable, or absent and the OpenZFS version is unknown. */
  static Optional<NewZvolBlocksize> of(Storage storage, Inventory inv) {
    Optional<Setting> option = storage.option("blocksize");
    if (option.isPresent()) {
      return parse(option.get().value()).map(b -> new NewZvolBlocksize(b, true,
          dev.pvetune.model.Bytes.blockSize(b) + " (blocksize " + option.get().value() + ")", option.get().source()));
    }
    Optional<SoftwareVersion> zfs = inv.host().versions().openZfs();
    return zfs.map(v -> {
      long b = defaultFor(v);
      return new NewZvolBlocksize(b, false, dev.pvetune.model.Bytes.blockSize(b) + " (the OpenZFS " + v.raw() + " default)", inv.host().versions().ref());
    });
  }

  /** OpenZFS 2.2 raised the default volblocksize from 8K to 16K. */
  static long defaultFor(SoftwareVersion openZfs) {
    return openZfs.atLeast(2, 2) ? 16 * 1024L : 8 * 1024L;
  }

  /** "16k", "16K", "16384", "1M" as Proxmox accepts them; empty when not a power of two. */
  static Optional<Long> parse(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    long unit = 1;
    if (v.endsWith("k")) {
      unit = 1024;
      v = v.substring(0, v.length() - 1);
    } else if (v.endsWith("m")) {
      unit = 1024 * 1024;
      v = v.substring(0, v.length() - 1);
    }
    if (!v.matches("\\d{1,9}")) {
      return Optional.empty();
    }
    long bytes = Long.parseLong(v) * unit;
    return bytes >= 512 && Long.bitCount(bytes) == 1 ? Optional.of(bytes) : Optional.empty();
  }
}

package dev.pvetune.parse.host;

import java.util.OptionalLong;

/**
 * {@code /sys/block/<dev>/stat}: I/O counters since boot (Documentation/block/stat.rst).
 * Sectors are always 512 bytes. Counters wrap; compare two samples. An all-zero line for a busy
 * zvol means no accounting (OpenZFS 2.0.x), not idle.
 *
 * @param fieldCount 11 (kernel before 4.18), 15 (discard fields) or 17 (flush fields, 5.5+)
 */
public record BlockStat(
    long readIos,
    long readMerges,
    long readSectors,
    long readTicksMs,
    long writeIos,
    long writeMerges,
    long writeSectors,
    long writeTicksMs,
    long inFlight,
    long ioTicksMs,
    long timeInQueueMs,
    OptionalLong discardIos,
    OptionalLong discardMerges,
    OptionalLong discardSectors,
    OptionalLong discardTicksMs,
    OptionalLong flushIos,
    OptionalLong flushTicksMs,
    int fieldCount) {

  public long readBytes() {
    return Math.multiplyExact(readSectors, 512L);
  }

  public long writtenBytes() {
    return Math.multiplyExact(writeSectors, 512L);
  }

  /** No counter above zero: no accounting, or a device never used. */
  public boolean allZero() {
    return readIos == 0 && writeIos == 0 && readSectors == 0 && writeSectors == 0
        && ioTicksMs == 0 && discardIos.orElse(0) == 0 && flushIos.orElse(0) == 0;
  }
}

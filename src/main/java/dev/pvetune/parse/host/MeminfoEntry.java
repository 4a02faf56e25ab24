package dev.pvetune.parse.host;

/**
 * One {@code /proc/meminfo} line.
 *
 * @param value the printed number
 * @param kilobytes true when the line ends in {@code kB} (KiB); false for counts such as {@code
 *     HugePages_Total}
 */
public record MeminfoEntry(String name, long value, boolean kilobytes, int line) {

  /** The value in bytes; only meaningful when {@link #kilobytes()}. */
  public long bytes() {
    return Math.multiplyExact(value, 1024L);
  }
}

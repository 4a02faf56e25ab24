package dev.pvetune.parse.host;

/**
 * An active swap area.
 *
 * @param name the kernel's path ({@code /dev/zd48}, {@code /dev/dm-1}, {@code /swapfile}); a zvol
 *     shows as {@code /dev/zdN}, never as {@code /dev/zvol/...}
 * @param type {@code partition} or {@code file}
 * @param sizeBytes size in bytes ({@code /proc/swaps} prints KiB)
 * @param usedBytes used bytes
 * @param priority negative when assigned automatically
 * @param deleted the swap file was deleted while active ({@code (deleted)} suffix)
 */
public record SwapDevice(
    String name,
    String type,
    long sizeBytes,
    long usedBytes,
    int priority,
    boolean deleted,
    int line) {

  /** True for a zvol device ({@code /dev/zdN}). */
  public boolean isZvolDevice() {
    return name.matches("/dev/zd\\d+(p\\d+)?");
  }
}

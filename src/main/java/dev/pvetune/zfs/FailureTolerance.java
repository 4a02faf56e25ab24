package dev.pvetune.zfs;

/**
 * How many disk failures a pool survives.
 *
 * @param anyDisks failures survived wherever they happen (the weakest vdev's parity)
 * @param bestCaseDisks failures survived if they are spread evenly over the vdevs
 * @param perVdev failures each top-level vdev survives
 * @param vdevCount top-level vdevs; one vdev losing more than {@code perVdev} loses the pool
 * @param distributedSpares dRAID distributed spares per vdev: after a rebuild onto one, the vdev
 *     again survives {@code perVdev} further failures
 */
public record FailureTolerance(
    int anyDisks, int bestCaseDisks, int perVdev, int vdevCount, int distributedSpares) {

  public static FailureTolerance of(VdevLayout layout, int vdevCount) {
    int spares = layout instanceof VdevLayout.Draid d ? d.spares() : 0;
    int p = layout.parity();
    return new FailureTolerance(p, p * vdevCount, p, vdevCount, spares);
  }
}

package dev.pvetune.zfs;

/**
 * Throughput relative to one member disk (1.0 = one disk). Rules of thumb, not measurements;
 * see {@link IopsModel} for the assumptions.
 */
public record RelativeIops(
    double randomRead, double randomWrite, double sequentialRead, double sequentialWrite) {

  public RelativeIops times(double factor) {
    return new RelativeIops(
        randomRead * factor, randomWrite * factor, sequentialRead * factor, sequentialWrite * factor);
  }

  /** A 50/50 random read/write mix, the figure used to rank layouts for VMs. */
  public double randomMixed() {
    return (randomRead + randomWrite) / 2;
  }
}

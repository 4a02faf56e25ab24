package dev.pvetune.zfs;

/**
 * The shape of one top-level vdev. Constructors reject what {@code zpool create} rejects, with a
 * message that says what to change.
 */
public sealed interface VdevLayout
    permits VdevLayout.Stripe, VdevLayout.Mirror, VdevLayout.Raidz, VdevLayout.Draid {

  /** Physical disks in one top-level vdev (dRAID: all children, spares included). */
  int disks();

  /** Disks of one vdev that may fail at the same time without losing data. */
  int parity();

  /** The zpool-style name: stripe, mirror, raidz2, draid2:8d:24c:1s. */
  String name();

  /** A short human description: "8-wide raidz2", "2-way mirror". */
  String describe();

  /** Allocation of one block of {@code psize} bytes (OpenZFS *_psize_to_asize()). */
  BlockAllocation allocate(long psize, int ashift);

  /** Top-level vdev asize from the smallest child's leaf asize (OpenZFS *_open()). */
  long vdevAsize(long minLeafAsize);

  /**
   * The naive "disks minus parity" capacity of one vdev built from disks of this size: what a
   * spreadsheet would say, with no partitioning, padding or slop.
   */
  long nominalDataBytes(long diskBytes);

  /** The nominal data share of {@code vdevSpace} bytes of vdev address space. */
  long nominalShare(long vdevSpace);

  private static void checkPsize(long psize, int ashift) {
    if (psize <= 0) {
      throw new IllegalArgumentException("block size must be positive, got " + psize);
    }
    if (ashift < 9 || ashift > 16) {
      throw new IllegalArgumentException("ashift must be between 9 and 16, got " + ashift);
    }
  }

  /** A single-disk top-level vdev; several of them make a striped pool. */
  record Stripe() implements VdevLayout {
    @Override
    public int disks() {
      return 1;
    }

    @Override
    public int parity() {
      return 0;
    }

    @Override
    public String name() {
      return "stripe";
    }

    @Override
    public String describe() {
      return "single disk";
    }

    @Override
    public BlockAllocation allocate(long psize, int ashift) {
      checkPsize(psize, ashift);
      long sectors = Bytes.ceilDiv(psize, 1L << ashift);
      long bytes = sectors << ashift;
      return new BlockAllocation(psize, ashift, sectors, 0, 0, bytes, bytes);
    }

    @Override
    public long vdevAsize(long minLeafAsize) {
      return minLeafAsize;
    }

    @Override
    public long nominalDataBytes(long diskBytes) {
      return diskBytes;
    }

    @Override
    public long nominalShare(long vdevSpace) {
      return vdevSpace;
    }
  }

  /** An n-way mirror. */
  record Mirror(int ways) implements VdevLayout {
    public Mirror {
      if (ways < 2 || ways > 255) {
        throw new IllegalArgumentException("a mirror needs 2 to 255 disks, got " + ways);
      }
    }

    @Override
    public int disks() {
      return ways;
    }

    @Override
    public int parity() {
      return ways - 1;
    }

    @Override
    public String name() {
      return "mirror";
    }

    @Override
    public String describe() {
      return ways + "-way mirror";
    }

    @Override
    public BlockAllocation allocate(long psize, int ashift) {
      checkPsize(psize, ashift);
      long sectors = Bytes.ceilDiv(psize, 1L << ashift);
      long bytes = sectors << ashift;
      return new BlockAllocation(psize, ashift, sectors, sectors * (ways - 1), 0, bytes, bytes * ways);
    }

    @Override
    public long vdevAsize(long minLeafAsize) {
      return minLeafAsize;
    }

    @Override
    public long nominalDataBytes(long diskBytes) {
      return diskBytes;
    }

    @Override
    public long nominalShare(long vdevSpace) {
      return vdevSpace;
    }
  }

  /**
   * RAIDZ-p over {@code width} disks. OpenZFS {@code vdev_raidz_psize_to_asize()}: D data
   * sectors, p parity sectors per (n - p) data sectors, padded to a multiple of p + 1.
   */
  record Raidz(int parity, int width) implements VdevLayout {
    public Raidz {
      if (parity < 1 || parity > 3) {
        throw new IllegalArgumentException("raidz parity must be 1, 2 or 3, got " + parity);
      }
      if (width < parity + 1) {
        throw new IllegalArgumentException(
            "raidz" + parity + " needs at least " + (parity + 1) + " disks per vdev, got " + width);
      }
      if (width > 255) {
        throw new IllegalArgumentException("a raidz vdev holds at most 255 disks, got " + width);
      }
    }

    @Override
    public int disks() {
      return width;
    }

    @Override
    public String name() {
      return "raidz" + parity;
    }

    @Override
    public String describe() {
      return width + "-wide raidz" + parity;
    }

    @Override
    public BlockAllocation allocate(long psize, int ashift) {
      checkPsize(psize, ashift);
      long data = ((psize - 1) >> ashift) + 1;
      long par = parity * Bytes.ceilDiv(data, width - parity);
      long total = Bytes.roundUp(data + par, parity + 1);
      long bytes = total << ashift;
      return new BlockAllocation(psize, ashift, data, par, total - data - par, bytes, bytes);
    }

    @Override
    public long vdevAsize(long minLeafAsize) {
      return Math.multiplyExact(minLeafAsize, width);
    }

    @Override
    public long nominalDataBytes(long diskBytes) {
      return Math.multiplyExact(diskBytes, width - parity);
    }

    @Override
    public long nominalShare(long vdevSpace) {
      return Bytes.mulDiv(vdevSpace, width - parity, width);
    }
  }

  /**
   * dRAID-p with d data disks per redundancy group over c children, s of them distributed
   * spares. OpenZFS {@code vdev_draid_psize_to_asize()}: whole rows of d data + p parity.
   */
  record Draid(int parity, int data, int children, int spares) implements VdevLayout {
    public Draid {
      if (parity < 1 || parity > 3) {
        throw new IllegalArgumentException("draid parity must be 1, 2 or 3, got " + parity);
      }
      if (data < 1) {
        throw new IllegalArgumentException("draid needs at least 1 data disk per group, got " + data);
      }
      if (spares < 0 || spares > 100) {
        throw new IllegalArgumentException("draid distributed spares must be 0 to 100, got " + spares);
      }
      if (children > 255) {
        throw new IllegalArgumentException("a draid vdev holds at most 255 children, got " + children);
      }
      if (data + parity > children - spares) {
        throw new IllegalArgumentException(
            "draid" + parity + ":" + data + "d:" + children + "c:" + spares + "s needs "
                + (data + parity + spares) + " children (data + parity + spares), got " + children);
      }
    }

    /** Disks in one redundancy group (d + p). */
    public int groupWidth() {
      return data + parity;
    }

    @Override
    public int disks() {
      return children;
    }

    @Override
    public String name() {
      return "draid" + parity + ":" + data + "d:" + children + "c:" + spares + "s";
    }

    @Override
    public String describe() {
      return "dRAID" + parity + ", " + data + " data disks per group, " + children + " children, "
          + spares + (spares == 1 ? " distributed spare" : " distributed spares");
    }

    @Override
    public BlockAllocation allocate(long psize, int ashift) {
      checkPsize(psize, ashift);
      long dataSectors = ((psize - 1) >> ashift) + 1;
      long rows = ((psize - 1) / ((long) data << ashift)) + 1;
      long bytes = (rows * groupWidth()) << ashift;
      return new BlockAllocation(
          psize, ashift, dataSectors, rows * parity, rows * data - dataSectors, bytes, bytes);
    }

    /** Reserved per child for future reflow (VDEV_DRAID_REFLOW_RESERVE). */
    static final long REFLOW_RESERVE = 32 * Bytes.MiB;
    /** VDEV_DRAID_ROWHEIGHT. */
    static final long ROW_HEIGHT = 16 * Bytes.MiB;

    /** OpenZFS {@code vdev_draid_open()}: child space in whole 16 MiB rows, whole groups. */
    @Override
    public long vdevAsize(long minLeafAsize) {
      long child = Bytes.alignDown(minLeafAsize - REFLOW_RESERVE, ROW_HEIGHT);
      if (child <= 0) {
        return 0;
      }
      long groupRow = groupWidth() * ROW_HEIGHT;
      return Bytes.alignDown(Math.multiplyExact(child, children - spares), groupRow);
    }

    @Override
    public long nominalDataBytes(long diskBytes) {
      return Bytes.mulDiv(Math.multiplyExact(diskBytes, children - spares), data, groupWidth());
    }

    @Override
    public long nominalShare(long vdevSpace) {
      return Bytes.mulDiv(vdevSpace, data, groupWidth());
    }
  }
}

package dev.pvetune.zfs;

/** Binary size constants and the exact integer helpers the space model is built on. */
public final class Bytes {
  public static final long KiB = 1L << 10;
  public static final long MiB = 1L << 20;
  public static final long GiB = 1L << 30;
  public static final long TiB = 1L << 40;
  public static final long PiB = 1L << 50;

  private Bytes() {}

  /** floor(a * b / c) for non-negative operands, exact even when a * b does not fit in a long. */
  public static long mulDiv(long a, long b, long c) {
    if (a < 0 || b < 0 || c <= 0) {
      throw new IllegalArgumentException("mulDiv needs a, b >= 0 and c > 0");
    }
    long high = Math.multiplyHigh(a, b);
    if (high == 0 && a * b >= 0) {
      return a * b / c;
    }
    return java.math.BigInteger.valueOf(a)
        .multiply(java.math.BigInteger.valueOf(b))
        .divide(java.math.BigInteger.valueOf(c))
        .longValueExact();
  }

  /** ceil(a / b) for a >= 0, b > 0. */
  public static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /** Rounds a up to a multiple of b (OpenZFS roundup()). */
  public static long roundUp(long a, long b) {
    return ceilDiv(a, b) * b;
  }

  /** Rounds a down to a multiple of b (OpenZFS P2ALIGN for powers of two). */
  public static long alignDown(long a, long b) {
    return Math.floorDiv(a, b) * b;
  }

  /** OpenZFS highbit64(): index of the highest set bit, counting from 1; 0 for 0. */
  public static int highbit64(long x) {
    return 64 - Long.numberOfLeadingZeros(x);
  }

  static boolean isPowerOfTwo(long x) {
    return x > 0 && (x & (x - 1)) == 0;
  }
}

package dev.pvetune.parse.zfs;

/**
 * One row of {@code /proc/spl/kstat/zfs/arcstats}.
 *
 * @param name statistic name ({@code size}, {@code c_max}, {@code hits})
 * @param type kstat data type: 1 int32, 2 uint32, 3 int64, 4 uint64, 5 long, 6 ulong
 * @param value the value; int64 values such as {@code memory_available_bytes} can be negative
 * @param line 1-based line in the file
 */
public record ArcStat(String name, int type, long value, int line) {}

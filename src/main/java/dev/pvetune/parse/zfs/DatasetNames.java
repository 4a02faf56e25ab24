package dev.pvetune.parse.zfs;

/** Splitting ZFS dataset names. */
final class DatasetNames {
  private DatasetNames() {}

  static String pool(String name) {
    int end = name.length();
    for (char separator : new char[] {'/', '@', '#'}) {
      int at = name.indexOf(separator);
      if (at >= 0 && at < end) {
        end = at;
      }
    }
    return name.substring(0, end);
  }
}

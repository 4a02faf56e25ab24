package dev.pvetune.model;

import java.util.ArrayList;
import java.util.List;

/** A version such as "2.2.7-pve2" or "8.4.1", compared by its leading numeric components. */
public record SoftwareVersion(String raw, List<Integer> numbers) implements Comparable<SoftwareVersion> {
  public SoftwareVersion {
    numbers = List.copyOf(numbers);
  }

  public static SoftwareVersion parse(String raw) {
    List<Integer> nums = new ArrayList<>();
    String s = raw.strip();
    if (s.startsWith("zfs-kmod-")) {
      s = s.substring(9);
    } else if (s.startsWith("zfs-")) {
      s = s.substring(4);
    }
    int i = 0;
    while (i < s.length()) {
      int start = i;
      while (i < s.length() && Character.isDigit(s.charAt(i))) {
        i++;
      }
      if (start == i) {
        break;
      }
      nums.add(Integer.parseInt(s.substring(start, Math.min(i, start + 9))));
      if (i < s.length() && s.charAt(i) == '.') {
        i++;
      } else {
        break;
      }
    }
    return new SoftwareVersion(raw.strip(), nums);
  }

  public boolean atLeast(int... parts) {
    for (int i = 0; i < parts.length; i++) {
      int mine = i < numbers.size() ? numbers.get(i) : 0;
      if (mine != parts[i]) {
        return mine > parts[i];
      }
    }
    return true;
  }

  @Override
  public int compareTo(SoftwareVersion o) {
    for (int i = 0; i < Math.max(numbers.size(), o.numbers.size()); i++) {
      int a = i < numbers.size() ? numbers.get(i) : 0;
      int b = i < o.numbers.size() ? o.numbers.get(i) : 0;
      if (a != b) {
        return Integer.compare(a, b);
      }
    }
    return 0;
  }

  @Override
  public String toString() {
    return raw;
  }
}

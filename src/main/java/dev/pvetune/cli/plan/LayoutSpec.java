package dev.pvetune.cli.plan;

import dev.pvetune.zfs.VdevLayout;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --layout} with {@code --width} and {@code --vdevs}, resolved against the disk count.
 *
 * <p>stripe: one vdev per disk. mirror: 2-way unless --width says otherwise. raidz, raidz1-3:
 * one vdev of all disks unless --width or --vdevs split them. draid[p][:Dd][:Cc][:Ss]: dRAID
 * with OpenZFS's defaults (parity 1, 8 data disks or fewer if the children do not allow it,
 * children = disks per vdev, no spares).
 */
record LayoutSpec(VdevLayout layout, int vdevCount) {
  private static final Pattern RAIDZ = Pattern.compile("raidz([123])?");
  private static final Pattern DRAID =
      Pattern.compile("draid([123])?((?::\\d+[dcs])*)");
  private static final Pattern DRAID_PART = Pattern.compile(":(\\d+)([dcs])");

  static LayoutSpec resolve(String text, Integer width, Integer vdevs, int disks) {
    String spec = text.trim().toLowerCase(Locale.ROOT);
    if (width != null && width < 1) {
      throw new IllegalArgumentException("--width must be at least 1, got " + width);
    }
    if (vdevs != null && vdevs < 1) {
      throw new IllegalArgumentException("--vdevs must be at least 1, got " + vdevs);
    }
    if (spec.equals("stripe")) {
      if (width != null && width != 1) {
        throw new IllegalArgumentException("a stripe has one disk per vdev; drop --width " + width);
      }
      return split(new VdevLayout.Stripe(), 1, vdevs, disks);
    }
    if (spec.equals("mirror")) {
      int w = width != null ? width : vdevs != null ? perVdev(disks, vdevs) : 2;
      return split(new VdevLayout.Mirror(w), w, vdevs, disks);
    }
    Matcher raidz = RAIDZ.matcher(spec);
    if (raidz.matches()) {
      int parity = raidz.group(1) == null ? 1 : Integer.parseInt(raidz.group(1));
      int w = width != null ? width : perVdev(disks, vdevs == null ? 1 : vdevs);
      return split(new VdevLayout.Raidz(parity, w), w, vdevs, disks);
    }
    Matcher draid = DRAID.matcher(spec);
    if (draid.matches()) {
      return draid(draid, text, width, vdevs, disks);
    }
    throw new IllegalArgumentException(
        "--layout '" + text + "' is not one of mirror, raidz1, raidz2, raidz3, draidN:Dd:Cc:Ss, stripe");
  }

  private static LayoutSpec draid(Matcher m, String text, Integer width, Integer vdevs, int disks) {
    int parity = m.group(1) == null ? 1 : Integer.parseInt(m.group(1));
    Integer data = null;
    Integer children = null;
    int spares = 0;
    Matcher part = DRAID_PART.matcher(m.group(2));
    while (part.find()) {
      int value = Integer.parseInt(part.group(1));
      switch (part.group(2)) {
        case "d" -> data = value;
        case "c" -> children = value;
        default -> spares = value;
      }
    }
    if (children != null && width != null && !children.equals(width)) {
      throw new IllegalArgumentException(
          "--layout " + text + " has " + children + " children but --width is " + width);
    }
    int c = children != null ? children : width != null ? width : perVdev(disks, vdevs == null ? 1 : vdevs);
    int d = data != null ? data : Math.max(1, Math.min(8, c - spares - parity));
    return split(new VdevLayout.Draid(parity, d, c, spares), c, vdevs, disks);
  }

  private static int perVdev(int disks, int vdevs) {
    if (disks % vdevs != 0) {
      throw new IllegalArgumentException(
          disks + " disks do not split evenly into " + vdevs + " vdevs");
    }
    return disks / vdevs;
  }

  private static LayoutSpec split(VdevLayout layout, int width, Integer vdevs, int disks) {
    int count = vdevs != null ? vdevs : disks / width;
    if (count < 1 || count * width != disks) {
      throw new IllegalArgumentException(
          disks + " disks do not make " + (vdevs != null ? vdevs + " vdevs of " : "whole vdevs of ")
              + width + " (" + layout.name() + "); choose --width and --vdevs so that width × vdevs = "
              + disks);
    }
    return new LayoutSpec(layout, count);
  }
}

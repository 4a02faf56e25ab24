package dev.pvetune.model;

public enum VdevType {
  MIRROR, RAIDZ, DRAID, DISK, FILE, REPLACING, SPARE_GROUP, OTHER;

  public boolean isLeaf() {
    return this == DISK || this == FILE;
  }
}

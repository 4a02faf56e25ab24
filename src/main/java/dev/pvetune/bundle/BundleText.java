package dev.pvetune.bundle;

/** The text of one bundle entry and the path to cite for it ("files/etc/pve/storage.cfg"). */
public record BundleText(String path, String text) {}

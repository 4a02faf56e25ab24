package dev.pvetune.model;

/**
 * Debian's periodic trim script (/usr/lib/zfs-linux/trim) as installed on the node: the dataset
 * user property it reads on each pool's root dataset, and whether its default ("auto" or unset)
 * trims only pools made entirely of NVMe devices.
 */
public record TrimScript(String property, boolean defaultTrimsNvmeOnly, SourceRef ref) {}

package dev.pvetune.rules;

/** The catalogue sections of RULES.md. */
public enum Area { DISK, GUEST, STOR, POOL, DSET, MEM, MAINT, HOST }

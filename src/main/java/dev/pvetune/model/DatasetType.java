package dev.pvetune.model;

public enum DatasetType { FILESYSTEM, VOLUME }

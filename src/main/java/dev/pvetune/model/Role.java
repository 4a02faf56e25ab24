package dev.pvetune.model;

import java.util.Locale;

/** What a guest is for, from its tags and ostype (overridable in the settings file). */
public enum Role {
  DB, WINDOWS_INFRA, AI, MEDIA, DISPOSABLE, TEMPLATE, WINDOWS;

  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}

package dev.pvetune.cli;

import dev.pvetune.report.JsonRenderer;
import dev.pvetune.report.MarkdownRenderer;
import dev.pvetune.report.Renderer;
import dev.pvetune.report.TextRenderer;

enum OutputFormat {
  text, json, md;

  Renderer renderer() {
    return switch (this) {
      case text -> new TextRenderer();
      case json -> new JsonRenderer();
      case md -> new MarkdownRenderer();
    };
  }
}

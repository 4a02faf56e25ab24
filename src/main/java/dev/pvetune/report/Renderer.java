package dev.pvetune.report;

import dev.pvetune.rules.AuditResult;
import java.io.IOException;
import java.io.Writer;

/** Turns an audit result into one output format. */
public interface Renderer {
  void render(AuditResult result, AuditContext context, Writer out) throws IOException;
}

package dev.pvetune.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** One CLI run with its captured output. */
record Run(int exit, String out, String err) {
  static Run of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    return new Run(exit, out.toString(), err.toString());
  }
}

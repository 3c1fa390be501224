/** The {@code ./socratic} command line: the server and every tool, as picocli subcommands. */
package org.socratic.cli;

/** The append-only event log: every interaction, grade, verdict and trace, and the one audited way to erase. */
package org.socratic.events;

/**
 * Synthetic students whose hidden knowledge follows BKT with known parameters over the real skill graph, taught by
 * the real selection, mastery and placement code: how the mastery defaults and the selection policies were chosen.
 */
package org.socratic.simulation;

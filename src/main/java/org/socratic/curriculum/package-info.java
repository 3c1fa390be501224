/** The curriculum: the skill graph of prerequisites, its validation and the graph algorithms over it. */
package org.socratic.curriculum;

/**
 * Model-written practice items for a misconception no authored family targets, kept only when code recomputes and
 * confirms the answer; every rejection is stored with its reason and counted.
 */
package org.socratic.generation;

/**
 * Grading: open answers scored by a model against a rubric, checked against an independent signal, and queued for
 * the teacher when unsure; closed answers are checked by the content checker, never by a model.
 */
package org.socratic.grading;

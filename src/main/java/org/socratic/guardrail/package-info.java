/**
 * The K-12 safety guardrail: one pipeline of layers, configured in {@code guardrails/}, applied to every student
 * input and every agent output, plus the terminology registry that keeps one term for one concept.
 */
package org.socratic.guardrail;

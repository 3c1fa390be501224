/** Operations: {@code GET /health}, and the start-up report on each model provider. */
package org.socratic.health;

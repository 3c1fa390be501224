/** The demo district that {@code ./socratic seed-demo} creates, for trying Socratic out. */
package org.socratic.demo;

/** The diagnostic agent: places a new student with a few adaptive items and tells the teacher what it found. */
package org.socratic.agent.diagnostic;

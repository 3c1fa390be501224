/** The tutor agent: a Socratic dialogue about the current item, streamed, grounded in retrieved content. */
package org.socratic.agent.tutor;

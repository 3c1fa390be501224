/** The curriculum agent: which skill a student practises next, and which item. */
package org.socratic.agent.curriculum;

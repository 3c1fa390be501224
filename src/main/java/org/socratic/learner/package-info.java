/**
 * The learner model: Bayesian Knowledge Tracing per student and skill, its fitting from response logs, the mastery
 * policy with its evidence, and the placement diagnostic that sets a new student's priors.
 */
package org.socratic.learner;

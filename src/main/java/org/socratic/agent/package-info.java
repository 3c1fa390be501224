/** The agents' specifications ({@code agents/*.yml}) and their versioned prompts ({@code prompts/<agent>/}). */
package org.socratic.agent;

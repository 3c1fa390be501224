package org.socratic.guardrail;

/** Where a model runs: on the district's own hardware (Ollama) or with a cloud provider (OpenAI). */
public enum ProviderKind { LOCAL, CLOUD }

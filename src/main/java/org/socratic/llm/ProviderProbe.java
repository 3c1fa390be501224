package org.socratic.llm;

import java.util.Set;

/** Asks a provider, without calling a model, whether it answers and whether it has the models we need. */
public interface ProviderProbe {
    Provider provider();

    /** Never throws: an unreachable provider is a status, not an error. */
    ProviderStatus probe(Set<String> requiredModels);
}

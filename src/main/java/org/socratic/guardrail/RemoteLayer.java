package org.socratic.guardrail;

/** A layer that asks a model over the network; the pipeline redacts for it according to where it runs. */
public interface RemoteLayer extends GuardrailLayer {
    ProviderKind provider();
}

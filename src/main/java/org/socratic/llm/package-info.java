/**
 * Model providers: LangChain4j chat, streaming chat and embedding models built from configuration (Ollama by
 * default, OpenAI where a district allows it), and the checks that say whether each provider answers.
 */
package org.socratic.llm;

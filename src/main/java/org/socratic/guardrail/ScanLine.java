package org.socratic.guardrail;

import java.util.List;
import java.util.Optional;

/** One line of a {@code guardrail scan} input: a text, whose it is, its context, and its labels when known. */
record ScanLine(int lineNumber, String id, String text, Direction direction, GuardrailContext context,
        Optional<List<Category>> labels) {}

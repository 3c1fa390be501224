package org.socratic.learner;

/** A response log that cannot be read as it stands: the message names the file and, where there is one, the line. */
final class MalformedLogException extends RuntimeException {
    MalformedLogException(String message) {
        super(message);
    }
}

package org.socratic.content;

/** The database refused a content read or write; the message says which. */
public final class ContentStoreException extends RuntimeException {
    ContentStoreException(String message, Throwable cause) {
        super(message + ": " + cause.getMessage(), cause);
    }
}

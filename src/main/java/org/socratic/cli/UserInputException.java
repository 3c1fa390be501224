package org.socratic.cli;

/** Bad input given to a command (a malformed file, an unknown id): reported as one line, exit code 2. */
public final class UserInputException extends RuntimeException {
    public UserInputException(String message) {
        super(message);
    }
}

package org.socratic.curriculum;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the curriculum files are: an explicit path, else $SOCRATIC_HOME/content, else ./content. */
public final class ContentDirectory {
    private ContentDirectory() {}

    public static Path resolve(Path explicit) {
        if (explicit != null) return explicit;
        String home = System.getenv("SOCRATIC_HOME");
        if (home != null && Files.isDirectory(Path.of(home, "content"))) return Path.of(home, "content");
        return Path.of("content");
    }
}

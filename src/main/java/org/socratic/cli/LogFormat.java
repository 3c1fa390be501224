package org.socratic.cli;

/** {@code SOCRATIC_LOG_FORMAT=json} switches the logs to one JSON object per line, for a district's log shipper. */
final class LogFormat {
    private LogFormat() {}

    static void configureFromEnvironment() {
        String format = System.getenv().getOrDefault("SOCRATIC_LOG_FORMAT", "text");
        if ("json".equalsIgnoreCase(format) && System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-json.xml");
        }
    }
}

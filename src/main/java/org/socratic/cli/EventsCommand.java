package org.socratic.cli;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.socratic.classroom.StudentErasure;
import org.socratic.events.EventErasure;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The audited ways to remove data: a student's erasure, and retention. Both leave a record in event_erasures. */
@Command(name = "events", mixinStandardHelpOptions = true,
        description = "Erase a student's data or apply retention to the event log (audited).",
        subcommands = {EventsCommand.EraseStudent.class, EventsCommand.Purge.class})
final class EventsCommand implements Runnable {
    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    @Command(name = "erase-student", mixinStandardHelpOptions = true,
            description = "Remove everything about one student: events, account, sessions, mastery, grades.")
    static final class EraseStudent implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--username", required = true, description = "the student's username")
        String username;

        @Option(names = "--by", required = true, description = "who asked for it (recorded)")
        String requestedBy;

        @Option(names = "--reason", required = true, description = "why (recorded)")
        String reason;

        EraseStudent(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (requestedBy.isBlank() || reason.isBlank()) throw new UserInputException("--by and --reason must not be empty");
            try {
                var result = context.bean(StudentErasure.class).erase(username, requestedBy, reason);
                System.out.printf("erased %s: %d events and the account with everything attached to it%n",
                        result.student().username(), result.eventsRemoved());
                return 0;
            } catch (IllegalArgumentException e) {
                throw new UserInputException(e.getMessage());
            }
        }
    }

    @Command(name = "purge", mixinStandardHelpOptions = true,
            description = "Retention: remove events older than a number of days.")
    static final class Purge implements Callable<Integer> {
        private final CommandContext context;

        @Option(names = "--older-than-days", required = true, description = "remove events older than this")
        int days;

        @Option(names = "--by", required = true, description = "who runs it (recorded)")
        String requestedBy;

        Purge(CommandContext context) {
            this.context = context;
        }

        @Override
        public Integer call() {
            if (days < 1) throw new UserInputException("--older-than-days must be at least 1");
            long removed = context.bean(EventErasure.class).purgeBefore(Instant.now().minus(Duration.ofDays(days)),
                    requestedBy, "retention: older than " + days + " days");
            System.out.printf("removed %d events older than %d days%n", removed, days);
            return 0;
        }
    }
}

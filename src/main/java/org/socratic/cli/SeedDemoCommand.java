package org.socratic.cli;

import java.util.concurrent.Callable;
import org.socratic.demo.DemoDistrict;
import picocli.CommandLine.Command;

/** {@code ./socratic seed-demo}: creates the demo district and prints its logins. */
@Command(name = "seed-demo", mixinStandardHelpOptions = true,
        description = {"Create the demo district: teacher1 and teacher2, each with a class of three students",
                "(student1..3, student4..6), evaluator1 and admin1. Password: demo-password, or SOCRATIC_DEMO_PASSWORD.",
                "Running it again changes nothing."})
final class SeedDemoCommand implements Callable<Integer> {
    private final CommandContext context;

    SeedDemoCommand(CommandContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        String password = System.getenv().getOrDefault("SOCRATIC_DEMO_PASSWORD", "demo-password");
        if (password.length() < 8) throw new UserInputException("SOCRATIC_DEMO_PASSWORD must be at least 8 characters");
        var logins = context.bean(DemoDistrict.class).seed(password);
        System.out.println("Demo district ready. Sign in with any of these (password: "
                + (System.getenv("SOCRATIC_DEMO_PASSWORD") == null ? "demo-password" : "from SOCRATIC_DEMO_PASSWORD") + "):");
        for (var login : logins) {
            System.out.printf("  %-11s %-9s %s%n", login.username(), login.role(), login.detail());
        }
        return 0;
    }
}

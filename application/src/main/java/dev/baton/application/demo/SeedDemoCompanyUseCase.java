package dev.baton.application.demo;

import java.util.List;

public interface SeedDemoCompanyUseCase {

    /**
     * On a database without teams, creates the demo company and one sign-in per role. Returns the demo sign-ins it
     * created, or nothing when the database was not empty.
     */
    List<DemoSignIn> seedIfEmpty();

    record DemoSignIn(String username, String password, String role) {}
}

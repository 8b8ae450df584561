package dev.baton.app.security.oidc;

import dev.baton.adapters.web.signin.SingleSignOnPages.Problem;

/**
 * A single sign-on that cannot go on. The problem is what the reader is told; the detail is for the log only, since it
 * may say more than a stranger should learn.
 */
class SingleSignOnRefused extends RuntimeException {

    private final Problem problem;

    SingleSignOnRefused(Problem problem, String detail) {
        super(detail);
        this.problem = problem;
    }

    SingleSignOnRefused(Problem problem, String detail, Throwable cause) {
        super(detail, cause);
        this.problem = problem;
    }

    Problem problem() {
        return problem;
    }
}

package org.fivecmenus.problem;

import jakarta.ws.rs.WebApplicationException;

/** Carries a fully shaped problem, for answers that need extension members (the meals that do exist…). */
public class ProblemException extends WebApplicationException {

    public ProblemException(Problem problem) {
        super(problem.detail(), problem.toResponse().build());
    }
}

package org.laureate.it;

import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.laureate.platform.StateChange;

/**
 * Test deployments only: fires a state change of a petition, in a transaction that commits, so that a browser test
 * finds it in the audit log. {@code GET /it/state-change?subjectId=…}
 */
@WebServlet("/it/state-change")
public class StateChangeServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @Inject
    transient Transactions transactions;

    @Inject
    transient Event<StateChange> stateChanges;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) {
        var subjectId = request.getParameter("subjectId");
        transactions.commit(() -> stateChanges.fire(
                new StateChange("Nomination", subjectId, "admit", "SUBMITTED", "ADMITTED")));
        response.setStatus(HttpServletResponse.SC_NO_CONTENT);
    }
}

package org.laureate.it;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;

/** Test-side transactions: runs some work in a transaction of its own that commits, or that rolls back. */
@Stateless
public class Transactions {

    @Resource
    SessionContext context;

    public void commit(Runnable work) {
        work.run();
    }

    public void rollBack(Runnable work) {
        work.run();
        context.setRollbackOnly();
    }
}

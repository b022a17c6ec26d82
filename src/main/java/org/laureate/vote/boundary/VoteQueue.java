package org.laureate.vote.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.laureate.platform.GroupCommit;

/** The final vote's ballots waiting to be written on this server, handed to {@link VoteWriter} together (R9.27). */
@ApplicationScoped
public class VoteQueue {

    /** The most ballots one transaction writes. */
    static final int BATCH = 64;

    /** The writer itself, not its CDI proxy: through the proxy, each batch also cost the making of an exception. */
    @EJB
    VoteWriter writer;

    private GroupCommit<VoteWriter.Pending, VoteWriter.Written> ballots;

    @PostConstruct
    void start() {
        ballots = new GroupCommit<>(batch -> writer.write(batch), BATCH);
    }

    /** Writes the ballot with others cast at the same moment, and answers once its transaction has committed. */
    public VoteWriter.Written write(VoteWriter.Pending ballot) {
        return ballots.submit(ballot);
    }
}

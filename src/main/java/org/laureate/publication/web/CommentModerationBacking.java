package org.laureate.publication.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.laureate.publication.boundary.CommentService;
import org.laureate.publication.boundary.PendingComment;
import org.omnifaces.util.Messages;

/** The secretariat's moderation of the public comments: those awaiting a decision, the oldest first. */
@Named
@ViewScoped
public class CommentModerationBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CommentService comments;

    private List<PendingComment> pending;

    @PostConstruct
    void load() {
        pending = comments.pendingWithCandidates();
    }

    public void approve(long commentId) {
        comments.moderate(commentId, true);
        Messages.addGlobalInfo("moderation.done.approved");
        load();
    }

    public void reject(long commentId) {
        comments.moderate(commentId, false);
        Messages.addGlobalInfo("moderation.done.rejected");
        load();
    }

    public List<PendingComment> getPending() {
        return pending;
    }
}

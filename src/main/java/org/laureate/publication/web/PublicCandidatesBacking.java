package org.laureate.publication.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.laureate.nomination.boundary.PetitionSummary;
import org.laureate.platform.BusinessException;
import org.laureate.platform.ClientAddress;
import org.laureate.publication.boundary.CommentService;
import org.laureate.publication.entity.PublicComment;
import org.laureate.scoring.boundary.CandidateService;
import org.laureate.scoring.boundary.PublishedCandidates;
import org.omnifaces.util.Components;
import org.omnifaces.util.Faces;
import org.omnifaces.util.Messages;

/**
 * The public page of the published candidates: every published list, each candidate with its approved comments, and
 * a form to post a comment for moderation. Anyone may read and post; the sender's address only goes to the boundary.
 * The page keeps no view state (R14.8): a posted comment is processed against the lists read again for the request.
 */
@Named
@RequestScoped
public class PublicCandidatesBacking {

    @Inject
    ClientAddress clientAddress;

    @Inject
    CandidateService candidates;

    @Inject
    CommentService comments;

    private List<PublishedCandidates> lists;
    private Map<Long, Long> counts;
    private final Map<Long, List<PublicComment>> approved = new HashMap<>();
    private final Map<Long, CommentForm> forms = new HashMap<>();

    @PostConstruct
    void load() {
        lists = candidates.published();
        counts = comments.counts();
        for (PublishedCandidates list : lists) {
            for (PetitionSummary candidate : list.candidates()) {
                approved.computeIfAbsent(candidate.id(), comments::approved);
                forms.computeIfAbsent(candidate.id(), id -> new CommentForm());
            }
        }
    }

    /**
     * Sends the visitor's comment on the candidate for moderation; the answer, or the refusal, is shown beside the
     * button that sent it.
     */
    public void post(long nominationId) {
        var form = forms.get(nominationId);
        var button = Components.getCurrentActionSource().getClientId();
        try {
            comments.post(nominationId, form.getAuthorName(), form.getBody(), clientAddress.of(Faces.getRequest()));
        } catch (BusinessException refused) {
            Messages.addError(button, refused.getMessageKey(), refused.getArguments());
            Faces.validationFailed();
            return;
        }
        forms.put(nominationId, new CommentForm());
        Messages.addInfo(button, "publication.comment.posted");
    }

    public List<PublishedCandidates> getLists() {
        return lists;
    }

    public long count(long nominationId) {
        return counts.getOrDefault(nominationId, 0L);
    }

    public List<PublicComment> approved(long nominationId) {
        return approved.getOrDefault(nominationId, List.of());
    }

    public Map<Long, CommentForm> getForms() {
        return forms;
    }

    public int getAuthorMax() {
        return PublicComment.AUTHOR_MAX;
    }

    public int getBodyMax() {
        return PublicComment.BODY_MAX;
    }
}

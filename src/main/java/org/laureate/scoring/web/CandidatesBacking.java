package org.laureate.scoring.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.laureate.scoring.boundary.CandidateProposal;
import org.laureate.scoring.boundary.CandidateService;
import org.omnifaces.util.Messages;

/** The co-chair's page: the lists of candidates proposed to their councils, each confirmed with one button. */
@Named
@ViewScoped
public class CandidatesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CandidateService candidates;

    private List<CandidateProposal> proposals;

    @PostConstruct
    void load() {
        proposals = candidates.awaiting();
    }

    public void confirm(CandidateProposal proposal) {
        candidates.confirm(proposal.list().getId());
        Messages.addGlobalInfo("chair.candidates.confirmed", proposal.roundTitle());
        load();
    }

    public List<CandidateProposal> getProposals() {
        return proposals;
    }
}

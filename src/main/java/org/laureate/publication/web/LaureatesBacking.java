package org.laureate.publication.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.laureate.publication.boundary.LaureateService;
import org.laureate.publication.entity.Award;

/** The public page of the current cycle's laureates: the latest cycle with published laureates. */
@Named
@RequestScoped
public class LaureatesBacking {

    @Inject
    LaureateService laureates;

    private List<Award> awards;

    @PostConstruct
    void load() {
        awards = laureates.current();
    }

    public List<Award> getAwards() {
        return awards;
    }

    /** The cycle shown, or {@code null} when nothing has been published yet. */
    public String getCycle() {
        return awards.isEmpty() ? null : awards.get(0).getCycleName();
    }
}

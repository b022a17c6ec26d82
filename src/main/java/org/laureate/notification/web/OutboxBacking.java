package org.laureate.notification.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.laureate.notification.boundary.Outbox;
import org.laureate.notification.entity.OutboxMail;
import org.omnifaces.util.Messages;

/** The secretariat's page of the mails that could not be delivered: each may be sent again. */
@Named
@ViewScoped
public class OutboxBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Outbox outbox;

    private List<OutboxMail> givenUp;

    @PostConstruct
    void load() {
        givenUp = outbox.givenUp();
    }

    public void resend(long mailId) {
        outbox.resend(mailId);
        Messages.addGlobalInfo("outbox.resent");
        load();
    }

    public List<OutboxMail> getGivenUp() {
        return givenUp;
    }
}

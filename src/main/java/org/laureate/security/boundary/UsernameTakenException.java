package org.laureate.security.boundary;

import org.laureate.platform.BusinessException;

/** An account with this username exists already. */
public class UsernameTakenException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public UsernameTakenException(String username) {
        super("account.error.usernameTaken", username);
    }
}

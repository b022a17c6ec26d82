package org.laureate.platform;

import jakarta.ejb.ApplicationException;
import java.util.Arrays;

/**
 * A broken business rule. It carries the key of its message in the resource bundles and the message's arguments, so
 * that the user reads it in their own language; the transaction that threw it rolls back.
 */
@ApplicationException(rollback = true)
public class BusinessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public BusinessException(String messageKey, Object... arguments) {
        super(messageKey + (arguments.length == 0 ? "" : " " + Arrays.toString(arguments)));
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArguments() {
        return arguments.clone();
    }
}

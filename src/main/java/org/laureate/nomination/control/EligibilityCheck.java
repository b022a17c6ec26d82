package org.laureate.nomination.control;

import java.io.Serializable;
import java.util.List;

/**
 * The outcome of one eligibility rule for one petition; when it fails, {@code messageKey} and {@code arguments} say
 * why, in the reader's language.
 */
public record EligibilityCheck(EligibilityRule rule, boolean passed, String messageKey, List<Object> arguments)
        implements Serializable {

    static EligibilityCheck pass(EligibilityRule rule) {
        return new EligibilityCheck(rule, true, "EligibilityRule." + rule.name(), List.of());
    }

    static EligibilityCheck fail(EligibilityRule rule, String messageKey, Object... arguments) {
        return new EligibilityCheck(rule, false, messageKey, List.of(arguments));
    }

    /** The rule's name, for views (Expression Language 5 cannot read record components as properties). */
    public String getRule() {
        return rule.name();
    }

    public boolean isPassed() {
        return passed;
    }

    public String getMessageKey() {
        return messageKey;
    }

    public Object[] getArgumentArray() {
        return arguments.toArray();
    }
}

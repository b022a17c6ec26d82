package org.laureate.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.el.ELContext;
import jakarta.el.ELResolver;
import jakarta.el.FunctionMapper;
import jakarta.el.PropertyNotWritableException;
import jakarta.el.VariableMapper;
import org.junit.jupiter.api.Test;

class RecordELResolverTest {

    private final RecordELResolver resolver = new RecordELResolver();
    private final ELContext context = new ELContext() {
        @Override
        public ELResolver getELResolver() {
            return resolver;
        }

        @Override
        public FunctionMapper getFunctionMapper() {
            return null;
        }

        @Override
        public VariableMapper getVariableMapper() {
            return null;
        }
    };

    public record Score(String label, int points) {

        public String getShout() {
            return label.toUpperCase();
        }
    }

    private record Hidden(String label) {
    }

    /** A JavaBean with a getter of the same name as a component: left to the bean resolver. */
    public static final class Bean {

        public String getLabel() {
            return "bean";
        }
    }

    @Test
    void aPublicRecordsComponentIsReadAsAPropertyThatCannotBeWritten() {
        var score = new Score("five", 5);

        assertThat(resolver.getValue(context, score, "points")).isEqualTo(5);
        assertThat(context.isPropertyResolved()).isTrue();

        context.setPropertyResolved(false);
        assertThat(resolver.isReadOnly(context, score, "label")).isTrue();
        assertThat(context.isPropertyResolved()).isTrue();

        assertThatThrownBy(() -> resolver.setValue(context, score, "label", "six"))
                .isInstanceOf(PropertyNotWritableException.class);
        assertThat(score.label()).isEqualTo("five");
    }

    @Test
    void whatIsNotAPublicRecordsComponentIsLeftToTheNextResolver() {
        assertThat(resolver.getValue(context, new Score("five", 5), "shout")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();

        assertThat(resolver.getValue(context, new Bean(), "label")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();

        assertThat(resolver.getValue(context, new Hidden("secret"), "label")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();

        assertThat(resolver.getValue(context, null, "label")).isNull();
        assertThat(context.isPropertyResolved()).isFalse();

        assertThat(resolver.isReadOnly(context, new Bean(), "label")).isFalse();
        resolver.setValue(context, new Bean(), "label", "other");
        assertThat(context.isPropertyResolved()).isFalse();
    }
}

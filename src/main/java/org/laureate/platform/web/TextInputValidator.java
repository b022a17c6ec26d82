package org.laureate.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.html.HtmlInputText;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.FacesValidator;
import jakarta.faces.validator.Validator;
import jakarta.faces.validator.ValidatorException;
import org.laureate.platform.Text;
import org.omnifaces.util.Messages;

/**
 * Every text field of every form (a default validator, faces-config.xml): a text longer than the field's
 * {@code maxlength} is refused with the limit beside the field — the input component would otherwise cut what was
 * sent to it, and the user would be told "saved" about text that was not — and a text with control or bidirectional
 * override characters is refused, as is a line break in a field of one line, which no browser sends.
 */
@FacesValidator(TextInputValidator.ID)
public class TextInputValidator implements Validator<Object> {

    public static final String ID = "laureate.text";

    @Override
    public void validate(FacesContext context, UIComponent component, Object value) {
        if (!(component instanceof UIInput)) {
            return;
        }
        var sent = context.getExternalContext().getRequestParameterMap().get(component.getClientId(context));
        if (sent == null) {
            return;
        }
        var limit = component.getAttributes().get("maxlength");
        if (limit instanceof Integer max && max > 0 && sent.length() > max) {
            throw new ValidatorException(Messages.createError("general.error.tooLong", max, sent.length()));
        }
        boolean oneLine = component instanceof HtmlInputText;
        if (!Text.isClean(sent) || oneLine && (sent.indexOf('\n') >= 0 || sent.indexOf('\r') >= 0)) {
            throw new ValidatorException(Messages.createError("general.error.forbiddenCharacters"));
        }
    }
}

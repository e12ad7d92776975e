package org.rives.web;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The words and number format of one language for the documents the server makes (the Excel export
 * and the follow-up report): English, French, or Arabic written right to left.
 */
record WebText(String language, ResourceBundle bundle) {

    // No fallback to the JVM's default locale: lang=en must read English on a French machine too.
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    static WebText of(String language) {
        return new WebText(language, ResourceBundle.getBundle("org.rives.web.text", Locale.forLanguageTag(language),
                NO_FALLBACK));
    }

    String get(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(get(key), locale()).format(arguments);
    }

    /** The label of an observation status, or the code itself when it has none. */
    String status(String code) {
        String label = get("status." + code);
        return label.startsWith("status.") ? code : label;
    }

    boolean rightToLeft() {
        return "ar".equals(language);
    }

    /** Latin digits in Arabic too, as the statistical offices of the Maghreb publish them. */
    Locale locale() {
        return "ar".equals(language) ? Locale.forLanguageTag("ar-u-nu-latn") : Locale.forLanguageTag(language);
    }

    NumberFormat numbers(int fractionDigits) {
        NumberFormat format = NumberFormat.getNumberInstance(locale());
        format.setMaximumFractionDigits(fractionDigits);
        format.setMinimumFractionDigits(0);
        return format;
    }
}

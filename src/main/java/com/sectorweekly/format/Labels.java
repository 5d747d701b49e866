package com.sectorweekly.format;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.TreeMap;

/** The report's fixed wording, from the {@code i18n/labels} bundle. */
public final class Labels {

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    public static Labels forLocale(Locale locale) {
        // No fallback to the machine's own locale: a Chinese desk gets Chinese wording on any machine.
        ResourceBundle bundle = ResourceBundle.getBundle("i18n.labels", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        return new Labels(bundle, locale);
    }

    /** Whether the wording has a phrase of this key. */
    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /** Every key of the wording. */
    public java.util.Set<String> keys() {
        return bundle.keySet();
    }

    public String get(String key) {
        return bundle.getString(key);
    }

    /** A phrase with its {0}, {1} … filled by already formatted values. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), locale).format(args);
    }

    public Locale locale() {
        return locale;
    }

    /** Every label, for templates that print a fixed word. */
    public Map<String, String> asMap() {
        Map<String, String> all = new TreeMap<>();
        bundle.keySet().forEach(k -> all.put(k, bundle.getString(k)));
        return all;
    }
}

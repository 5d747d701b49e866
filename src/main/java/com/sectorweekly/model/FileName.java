package com.sectorweekly.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/**
 * Marks text that becomes part of a file name (a sector's slug, a report kind's name): letters,
 * digits, '-', '_' and '.', starting with a letter or digit, so that it can never name a folder
 * elsewhere ({@code ../x}, {@code /etc}).
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface FileName {
    Pattern FORM = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
}

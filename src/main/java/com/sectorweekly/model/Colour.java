package com.sectorweekly.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.regex.Pattern;

/** Marks a content field that holds a colour, written #RRGGBB: loading refuses another, and the schema says so. */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Colour {
    Pattern FORM = Pattern.compile("#[0-9A-Fa-f]{6}");
}

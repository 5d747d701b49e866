package com.sectorweekly.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a content field that belongs with another key of its mapping (a segment's moves with its
 * index): out of place where that key is not written, and, when {@code required}, to be written
 * wherever it is. Loading and the editor's schema both enforce it.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Alongside {
    /** The YAML key this one belongs with. */
    String value();

    boolean required() default false;
}

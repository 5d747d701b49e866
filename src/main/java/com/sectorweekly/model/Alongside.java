package com.sectorweekly.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a content field that belongs with another key of its mapping (a segment's moves with its
 * index): out of place where that key is not written, and, when {@code required}, to be written
 * wherever it is, unless the key named {@code unless} is written, which gives it (a segment's moves
 * are computed from its series of closes). Loading and the editor's schema both enforce it.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Alongside {
    /** The YAML key this one belongs with. */
    String value();

    boolean required() default false;

    /** The key that, where written, gives this one, so that it need not be written: none by default. */
    String unless() default "";
}

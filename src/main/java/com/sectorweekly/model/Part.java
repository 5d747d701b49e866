package com.sectorweekly.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a field as one of the parts a research report must carry by regulation, named as a
 * compliance officer would name it; when it is missing or empty the loader says which part.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Part {

    /** The part's name, e.g. "the analyst certification (分析师声明)". */
    String value();
}

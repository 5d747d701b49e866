package com.sectorweekly.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a content field whose value (on a list, each item) is one of a {@link Choice}'s values:
 * check refuses any other, and the editor's schema offers them.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface OneOf {
    Choice value();
}

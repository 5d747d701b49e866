package com.sectorweekly.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a value each period brings anew: {@code new} empties it in the next report and marks it to
 * be filled in (a figure keeps the last period's value in the mark's comment). On a record that may
 * be written as text alone, the component marked is the one its text fills.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Renewed {
}

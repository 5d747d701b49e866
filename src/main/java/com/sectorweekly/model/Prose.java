package com.sectorweekly.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks text the analyst writes, printed as written with its KPI placeholders ({kpi}, {kpi.change})
 * filled: check looks at every such text for placeholders that name nothing. Text that is written
 * afresh each period (a paragraph, not a caption or a heading, which are {@code label}s) is also
 * compared with earlier reports, for text carried over unchanged and figures restated by hand.
 * On a text list (views), each item is one text.
 */
@Target({ElementType.RECORD_COMPONENT, ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Prose {
    /** A caption, title or note: its placeholders are filled, but it may stand unchanged from period to period. */
    boolean label() default false;
}

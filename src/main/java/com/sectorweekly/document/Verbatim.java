package com.sectorweekly.document;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a text of the tree that is not prose (an anchor, a file name, an e-mail address, a role, a
 * colour, the fixed wording): a pass over the report's texts ({@link TextPass}) leaves it as it is.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Verbatim {
}

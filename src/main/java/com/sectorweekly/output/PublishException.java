package com.sectorweekly.output;

import java.io.IOException;

/**
 * A build's files could not be published, or were refused. The message says what failed and what
 * the week's output folder holds now, so the person at the terminal needs no other word on it.
 */
public final class PublishException extends IOException {

    private static final long serialVersionUID = 1L;

    PublishException(String message) {
        super(message);
    }

    PublishException(String message, Throwable cause) {
        super(message, cause);
    }
}

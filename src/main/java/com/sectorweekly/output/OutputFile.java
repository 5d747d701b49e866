package com.sectorweekly.output;

/** A file of a build, rendered in memory and waiting to be published. */
public record OutputFile(String name, byte[] content) {
}

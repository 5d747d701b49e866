package com.sectorweekly.document;

import java.util.List;

/**
 * A heading and what stands under it, sections of the next level among them. {@code role} names a
 * kind of section that formats set apart ({@code compliance}: the desk's legal text, in small
 * type), or is null.
 */
public record Section(Heading heading, @Verbatim String role, List<Block> blocks) implements Block {

    public Section {
        blocks = List.copyOf(blocks);
    }

    @Override
    public String kind() {
        return "section";
    }
}

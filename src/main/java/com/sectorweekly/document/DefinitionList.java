package com.sectorweekly.document;

import java.util.List;

/** Terms and what they mean, such as the ratings of a scale: 买入：… . {@code role} as for a paragraph. */
public record DefinitionList(@Verbatim String role, List<Definition> definitions) implements Block {

    public DefinitionList {
        definitions = List.copyOf(definitions);
    }

    @Override
    public String kind() {
        return "definitions";
    }

    public record Definition(String term, RichText definition) {
    }
}

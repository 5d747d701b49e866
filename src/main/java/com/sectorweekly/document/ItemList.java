package com.sectorweekly.document;

import java.util.List;

/**
 * A bullet or numbered list; an item holds blocks, a list of the next level among them. A numbered
 * item carries its marker as printed ({@code 1)}), so every format numbers alike.
 */
public record ItemList(boolean numbered, @Verbatim String role, List<Item> items) implements Block {

    public ItemList {
        items = List.copyOf(items);
    }

    @Override
    public String kind() {
        return "list";
    }

    /** {@code marker} is null in a bullet list. */
    public record Item(String marker, List<Block> blocks) {
        public Item {
            blocks = List.copyOf(blocks);
        }

        /** The item's first paragraph, printed beside its marker; null when it begins otherwise. */
        public Paragraph lead() {
            return !blocks.isEmpty() && blocks.get(0) instanceof Paragraph p ? p : null;
        }

        /** What follows the lead paragraph. */
        public List<Block> rest() {
            return lead() == null ? blocks : blocks.subList(1, blocks.size());
        }
    }
}

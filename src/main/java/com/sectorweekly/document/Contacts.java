package com.sectorweekly.document;

import java.util.List;

/** The desk's offices, each with its lines (phone, e-mail, postcode, address) as printed. */
public record Contacts(List<Office> offices) implements Block {

    public Contacts {
        offices = List.copyOf(offices);
    }

    @Override
    public String kind() {
        return "contacts";
    }

    public record Office(String city, List<String> lines) {
        public Office {
            lines = List.copyOf(lines);
        }
    }
}

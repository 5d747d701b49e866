package com.sectorweekly.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The names a desk writes about, spelt once ({@code content/registry.yaml}): companies with the
 * other names they go by, and indices by code. Checks compare the week's names against it.
 */
public record Registry(@Required List<Company> companies, @Required List<Index> indices) {

    public Registry {
        companies = List.copyOf(companies);
        indices = List.copyOf(indices);
    }

    /** Each company under its name and under each of its aliases, in the registry's order. */
    public Map<String, Company> companiesByName() {
        Map<String, Company> byName = new LinkedHashMap<>();
        for (Company company : companies) {
            byName.put(company.name(), company);
            company.aliases().forEach(alias -> byName.put(alias, company));
        }
        return byName;
    }

    public record Company(@Required String name, List<String> aliases, String code) {
        public Company {
            aliases = aliases == null ? List.of() : List.copyOf(aliases);
        }
    }

    public record Index(@Required String code, @Required String name) {
    }
}

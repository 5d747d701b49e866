package com.sectorweekly.content;

import com.sectorweekly.model.Desk;
import com.sectorweekly.model.Registry;
import com.sectorweekly.model.Week;

import java.nio.file.Path;
import java.util.Optional;

/**
 * A week that loaded and passed its reference checks, with the desk it is published under, the
 * desk's name registry if it keeps one, and where every value stands.
 */
public record LoadedWeek(Desk desk, Week week, Registry registry, Places places, Path weekDir) {

    public Optional<Registry> optionalRegistry() {
        return Optional.ofNullable(registry);
    }
}

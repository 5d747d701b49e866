package com.sectorweekly.content;

import com.sectorweekly.model.Desk;
import com.sectorweekly.model.Week;

/** A week that loaded and passed its reference checks, with the desk it is published under. */
public record LoadedWeek(Desk desk, Week week) {
}

package com.sectorweekly.check;

import com.sectorweekly.content.LoadedWeek;

import java.util.List;

/** The week under check and the earlier weeks that loaded, newest first. */
record CheckInput(LoadedWeek week, List<LoadedWeek> earlier) {

    CheckInput {
        earlier = List.copyOf(earlier);
    }
}

package com.sectorweekly.check;

import java.util.List;

/** One consistency rule: looks at a week (and the weeks before it) and says what it found. */
interface Rule {

    List<Finding> check(CheckInput input);
}

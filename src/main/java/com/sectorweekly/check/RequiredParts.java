package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.Places;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.Desk;
import com.sectorweekly.model.WeekMeta;

import java.util.ArrayList;
import java.util.List;

/**
 * The parts a research report must carry that the loader cannot judge by their presence alone:
 * the words 证券研究报告, a registration number of the regulator's form for every signing analyst,
 * at least one risk, and at least one rating definition. (A part that is missing or empty is
 * named by the loader, which stops there.)
 */
final class RequiredParts implements Rule {

    static final String DOCUMENT_TYPE = "证券研究报告";

    @Override
    public List<Finding> check(CheckInput input) {
        Desk desk = input.week().desk();
        WeekMeta meta = input.week().week().meta();
        Places places = input.week().places();
        Placed<Object> deskFile = places.root(ContentLoader.DESK_FILE);
        List<Finding> findings = new ArrayList<>();
        if (!desk.documentType().contains(DOCUMENT_TYPE)) {
            findings.add(Finding.error(places.at(ContentLoader.DESK_FILE, deskFile.at("document_type")),
                    "the words " + DOCUMENT_TYPE + " are missing from document_type ('" + desk.documentType()
                            + "'): every report must say it is a securities research report"));
        }
        for (String id : meta.analysts()) {
            int index = desk.analysts().indexOf(desk.analyst(id).orElseThrow());
            String licence = desk.analysts().get(index).licence().strip();
            if (!Desk.Analyst.LICENCE.matcher(licence).matches()) {
                findings.add(Finding.error(places.at(ContentLoader.DESK_FILE, deskFile.item("analysts", index).at("licence")),
                        "the registration number of " + id + ", '" + licence
                                + "', is not S followed by 13 digits (执业证书编号, e.g. S0990524070001)"));
            }
        }
        if (meta.risks().isEmpty()) {
            findings.add(Finding.error(places.at(ContentLoader.META_FILE, places.root(ContentLoader.META_FILE).at("risks")),
                    "the risk warning (风险提示) is missing: list the ids of the risks that apply under risks"));
        }
        if (desk.ratingScale().ratings().isEmpty()) {
            findings.add(Finding.error(places.at(ContentLoader.DESK_FILE, deskFile.field("rating_scale").at("ratings")),
                    "the rating definitions (投资评级说明) are missing: define each rating under rating_scale.ratings"));
        }
        return findings;
    }
}

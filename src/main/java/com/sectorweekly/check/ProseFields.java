package com.sectorweekly.check;

import com.sectorweekly.content.ContentLoader;
import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.model.CoreData;
import com.sectorweekly.model.News;
import com.sectorweekly.model.SentimentTable;
import com.sectorweekly.model.Week;

import java.util.ArrayList;
import java.util.List;

/**
 * Every piece of prose an analyst writes in a week, with its file and JSON pointer. {@code kind}
 * is the pointer without list positions, so the same kind of text can be found in another week
 * wherever it stands in its list. A 景气度 row counts as one text: board, level and reason.
 */
final class ProseFields {

    record Field(String file, String pointer, String text) {
        String kind() {
            return file + pointer.replaceAll("/\\d+", "/*");
        }
    }

    private ProseFields() {
    }

    static List<Field> of(LoadedWeek loaded) {
        Week week = loaded.week();
        List<Field> fields = new ArrayList<>();
        fields.add(new Field(ContentLoader.META_FILE, "/headline", week.meta().headline()));
        add(fields, ContentLoader.META_FILE, "/views/", week.meta().views());
        if (week.meta().investmentAdvice() != null) {
            fields.add(new Field(ContentLoader.META_FILE, "/investment_advice", week.meta().investmentAdvice()));
        }
        add(fields, ContentLoader.META_FILE, "/summary/", week.meta().summary());
        for (int i = 0; i < week.segments().size(); i++) {
            fields.add(new Field(ContentLoader.SEGMENTS_FILE, "/segments/" + i + "/commentary", week.segments().get(i).commentary()));
            if (week.segments().get(i).summary() != null) {
                fields.add(new Field(ContentLoader.SEGMENTS_FILE, "/segments/" + i + "/summary", week.segments().get(i).summary()));
            }
        }
        List<SentimentTable.Row> rows = week.sentiment().rows();
        for (int i = 0; i < rows.size(); i++) {
            SentimentTable.Row row = rows.get(i);
            fields.add(new Field(ContentLoader.SEGMENTS_FILE, "/sentiment/rows/" + i,
                    row.board() + " | " + row.level() + " | " + (row.reason() == null ? "" : row.reason())));
        }
        fields.add(new Field(ContentLoader.CORE_DATA_FILE, "/summary", week.coreData().summary()));
        List<CoreData.KpiGroup> groups = week.coreData().groups();
        for (int g = 0; g < groups.size(); g++) {
            add(fields, ContentLoader.CORE_DATA_FILE, "/groups/" + g + "/paragraphs/", groups.get(g).paragraphs());
        }
        addNews(fields, "/industry/", week.news().industry());
        addNews(fields, "/company/", week.news().company());
        addNews(fields, "/big_tech/", week.news().bigTech());
        return fields;
    }

    private static void add(List<Field> fields, String file, String list, List<String> texts) {
        for (int i = 0; i < texts.size(); i++) {
            fields.add(new Field(file, list + i, texts.get(i)));
        }
    }

    private static void addNews(List<Field> fields, String list, List<News.Item> items) {
        for (int i = 0; i < items.size(); i++) {
            fields.add(new Field(ContentLoader.NEWS_FILE, list + i + "/text", items.get(i).text()));
        }
    }
}

package com.sectorweekly.check;

import com.sectorweekly.content.LoadedWeek;
import com.sectorweekly.model.ContentFields;

import java.util.ArrayList;
import java.util.List;

/**
 * Every piece of prose an analyst writes afresh in a report (the fields its model marks as prose,
 * not labels), with its file and JSON pointer. {@code kind} is the pointer without list positions,
 * so the same kind of text can be found in another report wherever it stands in its list.
 */
final class ProseFields {

    /** @param renewed whether the text is written afresh each period (a view, a commentary), not kept (a 景气度 reason) */
    record Field(String file, String pointer, String text, boolean renewed) {
        String kind() {
            return file + pointer.replaceAll("/\\d+", "/*");
        }
    }

    private ProseFields() {
    }

    static List<Field> of(LoadedWeek loaded) {
        return of(loaded, false);
    }

    /** The prose and the labels written in prose (captions, headings), which say things too. */
    static List<Field> withLabels(LoadedWeek loaded) {
        return of(loaded, true);
    }

    private static List<Field> of(LoadedWeek loaded, boolean labels) {
        List<Field> fields = new ArrayList<>();
        loaded.places().reportFiles().forEach((file, record) -> {
            for (ContentFields.Text text : ContentFields.texts(record)) {
                if (labels || !text.prose().label()) {
                    fields.add(new Field(file, text.pointer(), text.text(),
                            ContentFields.isRenewed(record.getClass(), text.pointer())));
                }
            }
        });
        return fields;
    }
}

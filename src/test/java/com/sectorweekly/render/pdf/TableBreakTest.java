package com.sectorweekly.render.pdf;

import com.sectorweekly.render.Format;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.ExampleWeek;
import com.sectorweekly.testing.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A long table breaks across pages with its caption marked （续） and its column titles on each further page. */
class TableBreakTest {

    @Test
    void aLongTableRepeatsItsCaptionMarkedContinuedAndItsTitles(@TempDir Path temp) throws IOException {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        StringBuilder csv = new StringBuilder("公司,代码,营收（亿元）\n");
        for (int i = 1; i <= 90; i++) {
            csv.append("样例公司").append(i).append(",SZ").append(100000 + i).append(',').append(10 + i).append('\n');
        }
        week.write("companies.csv", csv.toString());
        week.write("chapters.yaml", """
                chapters:
                  - title: 覆盖公司一览
                    blocks:
                      - table:
                          caption: 覆盖公司营收
                          csv: companies.csv
                          sources: [公司公告]
                """);
        ExampleReport example = ExampleReport.of(week.weekDir());
        try (PDDocument pdf = Loader.loadPDF(example.bytes(Format.PDF))) {
            List<Integer> pagesWithRows = new ArrayList<>();
            List<Integer> continued = new ArrayList<>();
            for (int page = 3; page <= pdf.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String text = Texts.squeeze(stripper.getText(pdf));
                if (text.contains("样例公司")) {
                    pagesWithRows.add(page);
                    if (text.contains("覆盖公司营收(续)")) {
                        continued.add(page);
                        assertTrue(text.indexOf("营收(亿元)") < text.indexOf("样例公司"), "the titles head page " + page);
                    }
                }
            }
            assertTrue(pagesWithRows.size() >= 2, "90 rows take more than a page: " + pagesWithRows);
            assertEquals(pagesWithRows.subList(1, pagesWithRows.size()), continued,
                    "every page the table runs on to, and only those, has the caption marked （续）");
        }
    }
}

package com.sectorweekly.content;

import com.sectorweekly.model.Chapters;
import com.sectorweekly.model.ContentFields;
import com.sectorweekly.model.ContentFields.Placed;
import com.sectorweekly.model.DataTable;
import com.sectorweekly.model.PictureFile;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the files a report's own chapters name: the CSV files and Excel sheets of its tables and
 * charts, and the pictures of its figures, each of which must lie inside the content folder.
 * Every problem of every file is collected before giving up.
 */
final class ChapterFiles {

    private final ContentLoader loader;
    private final Path weekDir;
    private final YamlFile<Chapters> chapters;
    private final List<Problem> problems = new ArrayList<>();

    ChapterFiles(ContentLoader loader, Path weekDir, YamlFile<Chapters> chapters) {
        this.loader = loader;
        this.weekDir = weekDir;
        this.chapters = chapters;
    }

    void read(Map<String, DataTable> tables, Map<String, PictureFile> pictures) throws ContentException {
        for (Placed<Chapters.Block> placed : ContentFields.find(chapters.value(), Chapters.Block.class)) {
            Chapters.Block block = placed.value();
            if (block.table() != null) {
                data(new Placed<>(placed.at("table"), block.table()), tables);
            }
            if (block.chart() != null) {
                data(new Placed<>(placed.at("chart"), block.chart()), tables);
            }
            if (block.figure() != null) {
                String image = block.figure().image();
                Location where = chapters.at(placed.field("figure").at("image"));
                collect(() -> {
                    Path file = ContentFiles.inside(weekDir.getParent(), weekDir, image, where);
                    pictures.put(image, PictureFiles.read(file, loader.display(file), where));
                });
            }
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
    }

    /** A table's or chart's CSV or Excel file, read once however many blocks name it. */
    private void data(Placed<? extends Chapters.DataSource> placed, Map<String, DataTable> tables) {
        Chapters.DataSource source = placed.value();
        String key = DataTable.key(source);
        if (source.sourcesGiven() != 1 || source.rows() != null || tables.containsKey(key)) {
            return; // rows written in the YAML need no file; none or several sources is for the checks to say
        }
        boolean excel = source.xlsx() != null;
        Location where = chapters.at(placed.at(excel ? "xlsx" : "csv"));
        collect(() -> {
            Path file = ContentFiles.inside(weekDir.getParent(), weekDir, excel ? source.xlsx() : source.csv(), where);
            String name = loader.display(file);
            tables.put(key, excel ? DataFiles.xlsx(file, name, source.sheet(), source.range(), where)
                    : DataFiles.csv(file, name, where));
        });
    }

    private interface FileRead {
        void run() throws ContentException;
    }

    private void collect(FileRead read) {
        try {
            read.run();
        } catch (ContentException e) {
            problems.addAll(e.problems());
        }
    }
}

package com.sectorweekly.content;

import com.sectorweekly.model.Chapters;
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
        List<Chapters.Chapter> list = chapters.value().chapters();
        for (int i = 0; i < list.size(); i++) {
            chapter(list.get(i), "/chapters/" + i, tables, pictures);
        }
        if (!problems.isEmpty()) {
            throw new ContentException(problems);
        }
    }

    private void chapter(Chapters.Chapter chapter, String at, Map<String, DataTable> tables,
                         Map<String, PictureFile> pictures) {
        for (int b = 0; b < chapter.blocks().size(); b++) {
            Chapters.Block block = chapter.blocks().get(b);
            String pointer = at + "/blocks/" + b;
            if (block.table() != null) {
                data(block.table(), pointer + "/table", tables);
            }
            if (block.chart() != null) {
                data(block.chart(), pointer + "/chart", tables);
            }
            if (block.figure() != null) {
                String image = block.figure().image();
                Location where = chapters.at(pointer + "/figure/image");
                collect(() -> {
                    Path file = ContentFiles.inside(weekDir.getParent(), weekDir, image, where);
                    pictures.put(image, PictureFiles.read(file, loader.display(file), where));
                });
            }
        }
        for (int s = 0; s < chapter.sections().size(); s++) {
            chapter(chapter.sections().get(s), at + "/sections/" + s, tables, pictures);
        }
    }

    /** A table's or chart's CSV or Excel file, read once however many blocks name it. */
    private void data(Chapters.DataSource source, String pointer, Map<String, DataTable> tables) {
        String key = DataTable.key(source);
        if (source.sourcesGiven() != 1 || source.rows() != null || tables.containsKey(key)) {
            return; // rows written in the YAML need no file; none or several sources is for the checks to say
        }
        boolean excel = source.xlsx() != null;
        Location where = chapters.at(pointer + (excel ? "/xlsx" : "/csv"));
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

package com.sectorweekly.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.sectorweekly.model.DataTable;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Reads the CSV files and Excel sheets that tables and charts name into rows of text, the first
 * row the column titles, within limits that keep a hostile file from taking the build down.
 */
final class DataFiles {

    static final int MAX_CSV_BYTES = YamlFile.MAX_BYTES;
    static final int MAX_XLSX_BYTES = 8 << 20;

    private static final CsvMapper CSV = CsvMapper.builder().enable(CsvParser.Feature.WRAP_AS_ARRAY).build();
    private static final Pattern RANGE = Pattern.compile("([A-Z]{1,3})([1-9][0-9]{0,6}):([A-Z]{1,3})([1-9][0-9]{0,6})");

    private DataFiles() {
    }

    static DataTable csv(Path file, String name, Location where) throws ContentException {
        byte[] bytes = ContentFiles.readBounded(file, name, MAX_CSV_BYTES, where);
        ContentFiles.utf8(bytes, name);
        List<List<String>> rows = new ArrayList<>();
        try (MappingIterator<List<String>> lines = CSV.readerForListOf(String.class).readValues(bytes)) {
            while (lines.hasNextValue()) {
                List<String> row = lines.nextValue();
                if (row.stream().allMatch(String::isBlank)) {
                    continue;
                }
                rows.add(row.stream().map(String::strip).toList());
                checkSize(rows, name);
            }
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new ContentException(new Problem(new Location(name, at == null ? 0 : at.getLineNr(), 0),
                    "is not a CSV file: " + e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new ContentException(new Problem(Location.ofFile(name), "cannot be read: " + ContentFiles.reason(e)));
        }
        return table(rows, name);
    }

    /**
     * The cells of one sheet (the first unless named), within a range such as A3:G40 if given:
     * numbers as written, without trailing zeros; dates as YYYY-MM-DD; percentages with their sign.
     */
    static DataTable xlsx(Path file, String name, String sheetName, String range, Location where) throws ContentException {
        byte[] bytes = ContentFiles.readBounded(file, name, MAX_XLSX_BYTES, where);
        int[] bounds = bounds(range, name, where);
        List<List<String>> rows = new ArrayList<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes), new ReadingOptions(true, false))) {
            Optional<Sheet> sheet = sheetName == null ? Optional.of(workbook.getFirstSheet()) : workbook.findSheet(sheetName);
            if (sheet.isEmpty()) {
                throw new ContentException(new Problem(where, "'" + name + "' has no sheet '" + sheetName + "'; it has: "
                        + workbook.getSheets().map(Sheet::getName).collect(Collectors.joining(", "))));
            }
            try (Stream<Row> lines = sheet.get().openStream()) {
                for (Row row : (Iterable<Row>) lines::iterator) {
                    int number = row.getRowNum();
                    if (number < bounds[1] || number > bounds[3]) {
                        continue;
                    }
                    List<String> cells = new ArrayList<>();
                    for (int c = bounds[0]; c <= Math.min(bounds[2], Math.max(bounds[0], row.getCellCount() - 1)); c++) {
                        cells.add(text(row.getCell(c)));
                    }
                    if (cells.stream().allMatch(String::isBlank)) {
                        continue;
                    }
                    rows.add(cells);
                    checkSize(rows, name);
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new ContentException(new Problem(where, "'" + name + "' cannot be read as an Excel workbook (.xlsx): "
                    + e.getMessage()));
        }
        return table(rows, name);
    }

    /** A1:G40 as zero-based first column, one-based first row, last column, last row; all of the sheet without one. */
    private static int[] bounds(String range, String name, Location where) throws ContentException {
        if (range == null) {
            return new int[]{0, 1, DataTable.MAX_COLUMNS - 1, Integer.MAX_VALUE};
        }
        Matcher m = RANGE.matcher(range.strip().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ContentException(new Problem(where, "range '" + range + "' of '" + name
                    + "' is not a range of cells; write it as Excel does, e.g. A3:G40"));
        }
        return new int[]{column(m.group(1)), Integer.parseInt(m.group(2)), column(m.group(3)), Integer.parseInt(m.group(4))};
    }

    private static int column(String letters) {
        int n = 0;
        for (char c : letters.toCharArray()) {
            n = n * 26 + (c - 'A' + 1);
        }
        return n - 1;
    }

    private static String text(Cell cell) {
        if (cell == null || cell.getValue() == null) {
            return "";
        }
        String format = cell.getDataFormatString() == null ? "" : cell.getDataFormatString().toLowerCase(Locale.ROOT);
        if (cell.getValue() instanceof BigDecimal number) {
            if (looksLikeDate(format)) {
                return cell.asDate().toLocalDate().toString();
            }
            if (format.contains("%")) {
                return number.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            return number.stripTrailingZeros().toPlainString();
        }
        return String.valueOf(cell.getValue()).strip();
    }

    private static boolean looksLikeDate(String format) {
        String unquoted = format.replaceAll("\"[^\"]*\"", "").replaceAll("\\[[^]]*]", "");
        return unquoted.contains("y") || unquoted.contains("d") || unquoted.contains("m") && !unquoted.contains("0");
    }

    private static void checkSize(List<List<String>> rows, String name) throws ContentException {
        List<String> row = rows.get(rows.size() - 1);
        if (rows.size() > DataTable.MAX_ROWS) {
            throw new ContentException(new Problem(Location.ofFile(name), "holds more than " + DataTable.MAX_ROWS
                    + " rows; a table or chart takes at most that many"));
        }
        if (row.size() > DataTable.MAX_COLUMNS) {
            throw new ContentException(new Problem(new Location(name, rows.size(), 0), "a row holds " + row.size()
                    + " columns; a table or chart takes at most " + DataTable.MAX_COLUMNS));
        }
        for (String cell : row) {
            int control = Printable.firstControl(cell);
            if (control >= 0) {
                throw new ContentException(new Problem(new Location(name, rows.size(), 0),
                        "a cell holds " + Printable.refusal(cell.charAt(control), "")));
            }
            if (cell.length() > DataTable.MAX_CELL_CHARS) {
                throw new ContentException(new Problem(new Location(name, rows.size(), 0), "a cell holds "
                        + cell.length() + " characters; a cell takes at most " + DataTable.MAX_CELL_CHARS));
            }
        }
    }

    private static DataTable table(List<List<String>> rows, String name) throws ContentException {
        if (rows.size() < 2) {
            throw new ContentException(new Problem(Location.ofFile(name),
                    "holds no data; expected a row of column titles, then rows of figures"));
        }
        int width = rows.get(0).size();
        List<List<String>> body = new ArrayList<>();
        for (int r = 1; r < rows.size(); r++) {
            List<String> cells = new ArrayList<>(rows.get(r));
            if (cells.subList(Math.min(width, cells.size()), cells.size()).stream().anyMatch(c -> !c.isBlank())) {
                throw new ContentException(new Problem(Location.ofFile(name), "row " + (r + 1) + " holds "
                        + cells.size() + " cells but the first row names " + width + " columns"));
            }
            while (cells.size() < width) {
                cells.add("");
            }
            body.add(cells.subList(0, width));
        }
        return new DataTable(name, rows.get(0), body);
    }
}

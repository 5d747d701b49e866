package com.sectorweekly.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvReadException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sectorweekly.model.DataTable;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a small CSV file with a header row into records, naming the line of any mistake. Empty
 * cells arrive as null; the caller says which columns may be empty.
 */
final class CsvFile {

    private static final CsvMapper MAPPER = CsvMapper.builder().addModule(new JavaTimeModule())
            .enable(CsvParser.Feature.EMPTY_STRING_AS_NULL).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withHeader().withStrictHeaders(true)
            .withColumnReordering(false);

    private CsvFile() {
    }

    /** A record read from the file, with the line it stands on. */
    record Row<T>(int line, T value) {
    }

    /** @param columns the header the file should have, for messages: {@code date,close} */
    static <T> List<Row<T>> read(Path file, String name, Class<T> rowType, String columns) throws ContentException {
        byte[] bytes = ContentFiles.readBounded(file, name, YamlFile.MAX_BYTES, Location.ofFile(name));
        String text = ContentFiles.utf8(bytes, name);
        int control = Printable.firstControl(text);
        if (control >= 0) {
            int line = 1 + (int) text.substring(0, control).chars().filter(c -> c == '\n').count();
            throw new ContentException(new Problem(new Location(name, line, 0), "holds " + Printable.refusal(text.charAt(control), "")));
        }
        List<Row<T>> rows = new ArrayList<>();
        try (MappingIterator<T> values = MAPPER.readerFor(rowType).with(SCHEMA).readValues(bytes)) {
            int line = 1; // the header
            while (values.hasNextValue()) {
                T value = values.nextValue();
                rows.add(new Row<>(++line, value));
                if (rows.size() > DataTable.MAX_ROWS) {
                    throw new ContentException(new Problem(Location.ofFile(name), "holds more than " + DataTable.MAX_ROWS
                            + " rows; a series or a history takes at most that many"));
                }
            }
        } catch (InvalidFormatException e) {
            throw new ContentException(new Problem(at(name, e), "'" + e.getValue() + "' is not "
                    + (e.getTargetType() == LocalDate.class ? "a date written YYYY-MM-DD" : "a number")));
        } catch (CsvReadException e) {
            throw new ContentException(new Problem(at(name, e), "a row holds more than " + columns
                    + "; write numbers without separators (9468.59, not 9,468.59)"));
        } catch (JacksonException e) {
            throw new ContentException(new Problem(at(name, e), "expected rows of " + columns + " under a '" + columns
                    + "' header: " + e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new ContentException(new Problem(Location.ofFile(name), "cannot be read: " + ContentFiles.reason(e)));
        }
        if (rows.isEmpty()) {
            throw new ContentException(new Problem(Location.ofFile(name), "holds no rows; expected rows of " + columns));
        }
        return rows;
    }

    /** A number a report can hold: within the bounds the YAML files keep too. */
    static void checkNumber(BigDecimal number, String name, int line) throws ContentException {
        if (number != null && number.abs().compareTo(BigDecimal.valueOf(ShapeCheck.MAX_NUMBER)) > 0) {
            throw new ContentException(new Problem(new Location(name, line, 0), number.toString()
                    + " is beyond the largest number a report holds (10^15 either side of 0)"));
        }
    }

    /** A text cell a report can print on a chart's axis or in a table. */
    static void checkText(String text, String name, int line) throws ContentException {
        if (text != null && text.length() > DataTable.MAX_CELL_CHARS) {
            throw new ContentException(new Problem(new Location(name, line, 0), "a cell holds " + text.length()
                    + " characters; a cell takes at most " + DataTable.MAX_CELL_CHARS));
        }
    }

    private static Location at(String name, JacksonException e) {
        JsonLocation location = e.getLocation();
        return new Location(name, location == null ? 0 : location.getLineNr(), 0);
    }
}

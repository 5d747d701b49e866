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

import java.io.IOException;
import java.nio.file.Files;
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
        if (file.toFile().length() > YamlFile.MAX_BYTES) {
            throw new ContentException(new Problem(Location.ofFile(name), "is larger than "
                    + YamlFile.MAX_BYTES / 1024 + " KiB"));
        }
        List<Row<T>> rows = new ArrayList<>();
        try (MappingIterator<T> values = MAPPER.readerFor(rowType).with(SCHEMA).readValues(Files.readAllBytes(file))) {
            int line = 1; // the header
            while (values.hasNextValue()) {
                T value = values.nextValue();
                rows.add(new Row<>(++line, value));
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
            throw new ContentException(new Problem(Location.ofFile(name), "cannot be read: " + e.getMessage()));
        }
        if (rows.isEmpty()) {
            throw new ContentException(new Problem(Location.ofFile(name), "holds no rows; expected rows of " + columns));
        }
        return rows;
    }

    private static Location at(String name, JacksonException e) {
        JsonLocation location = e.getLocation();
        return new Location(name, location == null ? 0 : location.getLineNr(), 0);
    }
}

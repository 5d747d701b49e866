package com.sectorweekly.content;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvReadException;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.sectorweekly.model.PriceSeries;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Reads a {@code date,close} CSV of daily closes, oldest first, naming the row of any mistake. */
final class SeriesFile {

    private static final CsvMapper MAPPER = CsvMapper.builder().addModule(new JavaTimeModule()).build();
    private static final CsvSchema SCHEMA = CsvSchema.emptySchema().withHeader().withStrictHeaders(true)
            .withColumnReordering(false);

    private SeriesFile() {
    }

    static PriceSeries read(Path file, String name) throws ContentException {
        if (file.toFile().length() > YamlFile.MAX_BYTES) {
            throw new ContentException(new Problem(Location.ofFile(name), "is larger than "
                    + YamlFile.MAX_BYTES / 1024 + " KiB"));
        }
        List<PriceSeries.Close> closes = new ArrayList<>();
        try (MappingIterator<PriceSeries.Close> rows = MAPPER.readerFor(PriceSeries.Close.class).with(SCHEMA)
                .readValues(Files.readAllBytes(file))) {
            int line = 1; // the header
            while (rows.hasNextValue()) {
                PriceSeries.Close close = rows.nextValue();
                line++;
                if (!closes.isEmpty() && !close.date().isAfter(closes.get(closes.size() - 1).date())) {
                    throw new ContentException(new Problem(new Location(name, line, 0),
                            close.date() + " comes after " + closes.get(closes.size() - 1).date() + "; dates run oldest first, once each"));
                }
                closes.add(close);
            }
        } catch (InvalidFormatException e) {
            JsonLocation at = e.getLocation();
            throw new ContentException(new Problem(new Location(name, at == null ? 0 : at.getLineNr(), 0),
                    "'" + e.getValue() + "' is not " + (e.getTargetType() == java.time.LocalDate.class
                            ? "a date written YYYY-MM-DD" : "a number")));
        } catch (CsvReadException e) {
            JsonLocation at = e.getLocation();
            throw new ContentException(new Problem(new Location(name, at == null ? 0 : at.getLineNr(), 0),
                    "a row holds more than date,close; write numbers without separators (9468.59, not 9,468.59)"));
        } catch (JacksonException e) {
            JsonLocation at = e.getLocation();
            throw new ContentException(new Problem(new Location(name, at == null ? 0 : at.getLineNr(), 0),
                    "expected rows of date,close under a 'date,close' header: " + e.getOriginalMessage().lines().findFirst().orElse("")));
        } catch (IOException e) {
            throw new ContentException(new Problem(Location.ofFile(name), "cannot be read: " + e.getMessage()));
        }
        if (closes.isEmpty()) {
            throw new ContentException(new Problem(Location.ofFile(name), "holds no closes; expected rows of date,close"));
        }
        return new PriceSeries(name, closes);
    }
}

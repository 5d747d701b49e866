package com.sectorweekly.build;

import com.sectorweekly.render.BundledFont;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TTFSubsetter;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;
import java.util.stream.Stream;

/**
 * Run by the build (process-test-classes): cuts each bundled face down to the characters a
 * Chinese report uses, {@link BundledFont#COMMON_CUT_FOLDER} in the classes folder, so a start
 * reads and parses about a quarter of the font, and a PDF subsets from it. The characters are
 * GB 2312 (6,763 hanzi, with its punctuation, Greek, Cyrillic and kana), Latin and the symbols
 * of figures and tables, and every character of the example content and the built-in templates
 * and labels. A text with any other character is set in the whole face.
 *
 * <p>Arguments: the classes folder, then the folders whose text files must be covered.
 */
public final class CommonFontCut {

    /**
     * Blocks a report sets beside Chinese: Latin, punctuation, currency, arrows, maths, shapes,
     * full-width forms; and the control characters, which a text may hold and no face draws.
     */
    private static final int[][] BLOCKS = {
            {0x0000, 0x007E}, {0x00A0, 0x024F}, {0x0370, 0x03FF}, {0x2000, 0x206F}, {0x20A0, 0x20CF},
            {0x2100, 0x218F}, {0x2190, 0x21FF}, {0x2200, 0x22FF}, {0x2460, 0x24FF}, {0x2500, 0x25FF},
            {0x3000, 0x303F}, {0xFF00, 0xFFEF},
    };
    private static final List<String> TEXT_FILES = List.of(".yaml", ".yml", ".csv", ".ftl", ".ftlh", ".properties", ".md", ".svg");

    private CommonFontCut() {
    }

    public static void main(String[] args) throws IOException {
        Path classes = Path.of(args[0]);
        BitSet characters = characters(Arrays.stream(args).skip(1).map(Path::of).toList());
        Path folder = classes.resolve(BundledFont.COMMON_CUT_FOLDER.substring(1));
        Path list = folder.resolve(BundledFont.COMMON_CHARACTERS);
        byte[] listed = characters.toByteArray();
        if (Files.isRegularFile(list) && Arrays.equals(Files.readAllBytes(list), listed)
                && Files.getLastModifiedTime(list).compareTo(Files.getLastModifiedTime(compiled())) > 0
                && Stream.of(BundledFont.values()).allMatch(face -> Files.isRegularFile(folder.resolve(face.file())))) {
            return; // cut already, from the same characters, by this cutter
        }
        Files.createDirectories(folder);
        for (BundledFont face : BundledFont.values()) {
            Files.write(folder.resolve(face.file()), cut(face.wholeBytes(), characters));
        }
        Files.write(list, listed);
    }

    private static Path compiled() {
        try {
            return Path.of(CommonFontCut.class.getResource(CommonFontCut.class.getSimpleName() + ".class").toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static BitSet characters(List<Path> covered) throws IOException {
        BitSet characters = new BitSet(0x10000);
        CharsetEncoder gb2312 = java.nio.charset.Charset.forName("GB2312").newEncoder();
        for (char c = 0x80; c < 0xFFFF; c++) {
            if (!Character.isSurrogate(c) && gb2312.canEncode(c)) {
                characters.set(c);
            }
        }
        for (int[] block : BLOCKS) {
            characters.set(block[0], block[1] + 1);
        }
        for (Path folder : covered) {
            if (!Files.isDirectory(folder)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path file : files.filter(CommonFontCut::isText).toList()) {
                    Files.readString(file, StandardCharsets.UTF_8).codePoints()
                            .filter(c -> c >= 0x20 && c < 0x10000).forEach(characters::set);
                }
            }
        }
        return characters;
    }

    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && TEXT_FILES.stream().anyMatch(name::endsWith);
    }

    /** The face with the glyphs of these characters only (and those their glyphs are built of). */
    private static byte[] cut(byte[] whole, BitSet characters) throws IOException {
        try (TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(whole))) {
            // The tables OpenPDF reads; the vertical metrics and OpenType layout tables are not used.
            TTFSubsetter subsetter = new TTFSubsetter(font, List.of("head", "hhea", "maxp", "hmtx", "loca", "glyf",
                    "cmap", "name", "OS/2", "post"));
            characters.stream().forEach(subsetter::add);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            subsetter.writeToStream(out);
            // FontBox writes the OS/2 table's first version only, without the cap height that
            // OpenPDF puts in the PDF (a reader sizes text boxes by it): the face's own table is kept.
            return withTable(out.toByteArray(), "OS/2", table(whole, "OS/2"));
        }
    }

    /** A table of a TrueType file, as it stands in it. */
    static byte[] table(byte[] font, String tag) {
        ByteBuffer in = ByteBuffer.wrap(font);
        for (int i = 0, n = in.getShort(4) & 0xFFFF; i < n; i++) {
            int record = 12 + 16 * i;
            if (tag(in, record).equals(tag)) {
                return Arrays.copyOfRange(font, in.getInt(record + 8), in.getInt(record + 8) + in.getInt(record + 12));
            }
        }
        throw new IllegalArgumentException("the font has no " + tag + " table");
    }

    /** The TrueType file with one table replaced: every table is laid out again, with its checksum and the file's. */
    static byte[] withTable(byte[] font, String tag, byte[] replacement) {
        ByteBuffer in = ByteBuffer.wrap(font);
        int tables = in.getShort(4) & 0xFFFF;
        List<String> tags = new java.util.ArrayList<>();
        List<byte[]> bodies = new java.util.ArrayList<>();
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            tags.add(tag(in, record));
            bodies.add(tags.get(i).equals(tag) ? replacement
                    : Arrays.copyOfRange(font, in.getInt(record + 8), in.getInt(record + 8) + in.getInt(record + 12)));
        }
        int size = 12 + 16 * tables + bodies.stream().mapToInt(b -> padded(b.length)).sum();
        ByteBuffer out = ByteBuffer.allocate(size);
        out.put(font, 0, 12);
        int offset = 12 + 16 * tables;
        int head = -1;
        for (int i = 0; i < tables; i++) {
            byte[] body = bodies.get(i);
            if (tags.get(i).equals("head")) {
                body = body.clone();
                ByteBuffer.wrap(body).putInt(8, 0); // checkSumAdjustment, set below
                bodies.set(i, body);
                head = offset;
            }
            out.put(tags.get(i).getBytes(StandardCharsets.ISO_8859_1)).putInt(checksum(body)).putInt(offset).putInt(body.length);
            out.put(offset, body);
            offset += padded(body.length);
        }
        byte[] file = out.array();
        if (head >= 0) {
            ByteBuffer.wrap(file).putInt(head + 8, 0xB1B0AFBA - checksum(file));
        }
        return file;
    }

    private static String tag(ByteBuffer font, int record) {
        byte[] tag = new byte[4];
        font.get(record, tag);
        return new String(tag, StandardCharsets.ISO_8859_1);
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static int checksum(byte[] data) {
        ByteBuffer padded = ByteBuffer.wrap(Arrays.copyOf(data, padded(data.length)));
        int sum = 0;
        while (padded.hasRemaining()) {
            sum += padded.getInt();
        }
        return sum;
    }
}

package com.sectorweekly.render.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;
import com.sectorweekly.format.Typography;

/**
 * Where a line may break in mixed Chinese and Latin text: between Chinese characters, but never
 * before closing punctuation (，。；：、）…), never after opening punctuation (（《“…), never
 * between a sign and its number (-3.25%), and never where Chinese and a number or a Latin word
 * touch: the typography leaves them touching only where they are one thing (2904亿元, 第3,
 * 3月27日, 亿GB); a line breaks at a space, not before it; and never so that one character
 * stands alone on the last line. A source line ({@link #SOURCES}) breaks only between its sources, never inside
 * a name.
 */
class CjkLineBreaking extends DefaultSplitCharacter {

    static final CjkLineBreaking INSTANCE = new CjkLineBreaking();
    /** For 来源：公司公告，工信部: a break only after a separator or at a space. */
    static final CjkLineBreaking SOURCES = new CjkLineBreaking() {
        @Override
        boolean breaksBetween(char c, char next) {
            return "，、；：,; \u2009".indexOf(c) >= 0;
        }
    };
    private static final String NO_BREAK_BEFORE = "，。、；：？！）》」』】〉〕”’%％…·—,.;:?!)]}";
    private static final String NO_BREAK_AFTER = "（《「『【〈〔“‘([{";

    private CjkLineBreaking() {
    }

    @Override
    public boolean isSplitCharacter(int start, int current, int end, char[] cc, PdfChunk[] ck) {
        char c = getCurrentCharacter(current, cc, ck);
        char next = current + 1 < end ? getCurrentCharacter(current + 1, cc, ck) : 0;
        if (NO_BREAK_AFTER.indexOf(c) >= 0 || (next != 0 && NO_BREAK_BEFORE.indexOf(next) >= 0)) {
            return false;
        }
        if ((c == '-' || c == '+') && Character.isDigit(next)) {
            return false;
        }
        if (next == ' ' || next != 0 && (Typography.isHan(c) && isLatinOrDigit(next) || isLatinOrDigit(c) && Typography.isHan(next))) {
            return false;
        }
        if (next != 0 && !breaksBetween(c, next)) {
            return false;
        }
        if (next != 0 && leavesOneCharacter(current, end, cc, ck)) {
            return false;
        }
        if (isIdeographic(c) || (next != 0 && isIdeographic(next))) {
            return true;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }

    /**
     * Whether a break here would leave one character alone on the paragraph's last line (化。):
     * its closing punctuation aside, the text after the break must hold two characters or more.
     */
    private boolean leavesOneCharacter(int current, int end, char[] cc, PdfChunk[] ck) {
        int last = end - 1;
        while (last > current && NO_BREAK_BEFORE.indexOf(getCurrentCharacter(last, cc, ck)) >= 0) {
            last--;
        }
        return last - current < 2;
    }

    /** Whether this kind of text may break between these two characters, the rules above aside. */
    boolean breaksBetween(char c, char next) {
        return true;
    }

    private static boolean isLatinOrDigit(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    private static boolean isIdeographic(char c) {
        return Character.isIdeographic(c)
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}

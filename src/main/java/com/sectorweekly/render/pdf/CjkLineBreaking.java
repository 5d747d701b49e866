package com.sectorweekly.render.pdf;

import com.lowagie.text.pdf.DefaultSplitCharacter;
import com.lowagie.text.pdf.PdfChunk;

/**
 * Where a line may break in mixed Chinese and Latin text: between Chinese characters, but never
 * before closing punctuation (，。；：、）…), never after opening punctuation (（《“…), and never
 * between a sign and its number (-3.25%).
 */
final class CjkLineBreaking extends DefaultSplitCharacter {

    static final CjkLineBreaking INSTANCE = new CjkLineBreaking();
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
        if (isIdeographic(c) || (next != 0 && isIdeographic(next))) {
            return true;
        }
        return super.isSplitCharacter(start, current, end, cc, ck);
    }

    private static boolean isIdeographic(char c) {
        return Character.isIdeographic(c)
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CJK_SYMBOLS_AND_PUNCTUATION
                || Character.UnicodeBlock.of(c) == Character.UnicodeBlock.HALFWIDTH_AND_FULLWIDTH_FORMS;
    }
}

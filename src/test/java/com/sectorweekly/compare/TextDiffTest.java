package com.sectorweekly.compare;

import com.sectorweekly.compare.WeekChanges.Piece;
import com.sectorweekly.compare.WeekChanges.Piece.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Changed text, word by word in Latin script and character by character in Chinese. */
class TextDiffTest {

    private static String shown(List<Piece> pieces) {
        return ChangesText.pieces(pieces, "[-", "-]", "{+", "+}");
    }

    @Test
    void chineseChangesByTheCharacter() {
        assertEquals("景气[-持-]{+继+}续上行", shown(TextDiff.of("景气持续上行", "景气继续上行")));
        assertEquals("需求[-仍在上行通道-]{+保持高位+}，供给偏紧", shown(TextDiff.of("需求仍在上行通道，供给偏紧", "需求保持高位，供给偏紧")));
    }

    @Test
    void aLatinWordOrANumberChangesWhole() {
        assertEquals("shipments of [-800G-]{+1.6T+} modules rose [-12.5%-]{+14%+}",
                shown(TextDiff.of("shipments of 800G modules rose 12.5%", "shipments of 1.6T modules rose 14%")));
        assertEquals("出货量同比增长[-12.5%-]{+14%+}。", shown(TextDiff.of("出货量同比增长12.5%。", "出货量同比增长14%。")),
                "a number is a word even between Chinese characters, and the full stop after it is not part of it");
    }

    @Test
    void aTextRewrittenThroughoutIsShownOldThenNew() {
        List<Piece> pieces = TextDiff.of("运营商资本开支继续下降。", "光模块出货量环比提升明显，海外需求旺盛。");
        assertEquals(List.of(new Piece(Kind.REMOVED, "运营商资本开支继续下降。"), new Piece(Kind.ADDED, "光模块出货量环比提升明显，海外需求旺盛。")),
                pieces);
    }
}

package com.sectorweekly.render.rixml;

import com.sectorweekly.model.Desk;
import com.sectorweekly.render.Format;
import com.sectorweekly.document.ItemList;
import com.sectorweekly.testing.ExampleReport;
import com.sectorweekly.testing.Trees;
import com.sectorweekly.testing.ExampleWeek;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

import javax.xml.XMLConstants;
import javax.xml.namespace.NamespaceContext;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The RIXML 2.5 file, field by field. No package carries the RIXML XSD, so the structure is
 * checked here against the RIXML 2.5 data dictionary: element names, nesting, attributes, values.
 */
class RixmlWriterTest {

    private static final Pattern UUID = Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-3[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
    private static final ExampleReport EXAMPLE = ExampleReport.bundled();
    private static Document xml;
    private static XPath xpath;

    @BeforeAll
    static void parse() throws Exception {
        xml = parse(EXAMPLE.bytes(Format.RIXML));
        xpath = XPathFactory.newInstance().newXPath();
        xpath.setNamespaceContext(new NamespaceContext() {
            @Override
            public String getNamespaceURI(String prefix) {
                return "r".equals(prefix) ? RixmlWriter.NAMESPACE : XMLConstants.NULL_NS_URI;
            }

            @Override
            public String getPrefix(String uri) {
                return null;
            }

            @Override
            public Iterator<String> getPrefixes(String uri) {
                return null;
            }
        });
    }

    private static Document parse(byte[] bytes) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
    }

    private static String at(String path) throws Exception {
        return xpath.evaluate(path, xml);
    }

    private static int count(String path) throws Exception {
        return ((NodeList) xpath.evaluate(path, xml, XPathConstants.NODESET)).getLength();
    }

    @Test
    void researchAndProductHaveStableIdsOfTheirOwn() throws Exception {
        String research = at("/r:Research/@researchID");
        String product = at("/r:Research/r:Product/@productID");
        assertTrue(UUID.matcher(research).matches(), research);
        assertTrue(UUID.matcher(product).matches(), product);
        assertNotEquals(research, product);
        assertEquals(RixmlWriter.uuid("research:衡川证券股份有限公司/telecom/2026-W13"), research);
        assertEquals(1, count("/r:Research/r:Product"));
    }

    @Test
    void saysWhenAndInWhatLanguage() throws Exception {
        // 07:30 in Shanghai is 23:30 the day before in Zulu time, which RIXML requires.
        assertEquals("2026-03-26T23:30:00Z", at("/r:Research/@createDateTime"));
        assertEquals("2026-03-26T23:30:00Z", at("//r:Context/r:ProductDetails/@publicationDateTime"));
        assertEquals("zho", at("/r:Research/@language"));
        assertEquals("Published", at("//r:StatusInfo[@currentStatusIndicator='Yes']/@statusType"));
    }

    @Test
    void namesThePublisherAndEachSigningAnalystWithTheirRegistrationNumber() throws Exception {
        Desk desk = EXAMPLE.loaded.desk();
        assertEquals(desk.house(), at("//r:Source/r:Organization[@type='SellSideFirm'][@primaryIndicator='Yes']/r:OrganizationName"));
        List<String> signing = EXAMPLE.loaded.week().meta().analysts();
        assertEquals(signing.size(), count("//r:PersonGroup/r:PersonGroupMember[@role='Author']"));
        Desk.Analyst first = desk.analyst(signing.get(0)).orElseThrow();
        String person = "//r:PersonGroupMember[@sequence='1']/r:Person";
        assertEquals(first.name(), at(person + "/r:DisplayName"));
        assertEquals("林", at(person + "/r:FamilyName"));
        assertEquals("知远", at(person + "/r:GivenName"));
        assertEquals(first.licence(), at(person + "/r:Credentials"));
        assertEquals(first.email(), at(person + "/r:ContactInfo/r:Email"));
        assertTrue(UUID.matcher(at(person + "/@personID")).matches());
    }

    @Test
    void titleAndAbstractComeFromTheHeadlineAndViews() throws Exception {
        com.sectorweekly.document.Document report = EXAMPLE.report;
        assertEquals(report.info().title(), at("//r:Content/r:Title"));
        String summary = at("//r:Content/r:Abstract");
        assertTrue(summary.startsWith(report.cover().headline() + "\n"), summary);
        String firstView = Trees.all(report.cover().summary().get(0).blocks(), ItemList.class).get(0)
                .items().get(0).lead().text().text();
        assertTrue(summary.contains(firstView), summary);
        assertTrue(!summary.contains("**") && !summary.contains("{"), "plain text, placeholders filled: " + summary);
    }

    @Test
    void theAbstractFillsTheHeadlinesKpiPlaceholders(@TempDir Path temp) throws Exception {
        ExampleWeek week = ExampleWeek.copyInto(temp);
        week.replace("week.yaml", "headline: 光交换场景持续拓宽", "headline: 电信收入{telecom_revenue}，光交换场景持续拓宽");
        com.sectorweekly.document.Document report = ExampleReport.of(week.weekDir()).report;
        Document other = parse(new RixmlWriter().render(report, Set.of()).document());
        String summary = xpath.evaluate("//r:Content/r:Abstract", other);
        assertTrue(summary.startsWith("电信收入\u20092904亿元，光交换场景持续拓宽"), summary);
    }

    @Test
    void listsEachDocumentWithItsMimeTypeThePdfFirst() throws Exception {
        assertEquals(3, count("//r:Content/r:Resource"));
        assertEquals("application/pdf", at("//r:Resource[@primaryIndicator='Yes']/r:MIMEType"));
        assertEquals("telecom-weekly-2026-W13.pdf", at("//r:Resource[@sequence='1']/r:Name"));
        assertEquals("text/html", at("//r:Resource[@sequence='2']/r:MIMEType"));
        assertEquals("text/markdown", at("//r:Resource[@sequence='3']/r:MIMEType"));
        assertEquals("telecom-weekly-2026-W13.md", at("//r:Resource[@sequence='3']/r:Name"));
        assertEquals(3, count("//r:Resource[@language='zho']"));
    }

    @Test
    void classifiesTheSectorWithItsRatingActionAndSeries() throws Exception {
        String sector = "//r:Context/r:ProductClassifications/r:SectorIndustry[@primaryIndicator='Yes']";
        assertEquals("telecom", at(sector + "/@code"));
        assertEquals("PublisherDefined", at(sector + "/@classificationType"));
        assertEquals("通信", at(sector + "/r:Name"));
        assertEquals("买入", at(sector + "/r:Rating[@rating='PublisherDefined']/r:PublisherDefinedValue"));
        assertEquals("Reiterate", at(sector + "/r:Rating/@ratingAction"));
        assertEquals("Publisher", at(sector + "/r:Rating/r:RatingEntity/@ratingEntity"));
        assertEquals("通信行业周报", at("//r:ProductDetails/r:ProductSeries/r:SeriesName"));
        assertEquals("Yes", at("//r:ProductDetails/@periodicalIndicator"));
    }

    @Test
    void aWeekWithoutCompanyRatingsNamesNoIssuer() throws Exception {
        assertEquals(0, count("//r:IssuerDetails"));
    }

    @Test
    void listsOnlyTheDocumentsOfTheBuild() throws Exception {
        byte[] onlyPdf = new RixmlWriter().render(EXAMPLE.report, Set.of(Format.PDF, Format.RIXML)).document();
        Document single = parse(onlyPdf);
        assertEquals(1, ((NodeList) xpath.evaluate("//r:Content/r:Resource", single, XPathConstants.NODESET)).getLength());
    }
}

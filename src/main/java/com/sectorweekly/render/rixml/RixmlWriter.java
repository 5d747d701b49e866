package com.sectorweekly.render.rixml;

import com.sectorweekly.document.Document;
import com.sectorweekly.render.Format;
import com.sectorweekly.render.RenderException;
import com.sectorweekly.render.Rendered;
import com.sectorweekly.render.Renderer;
import org.w3c.dom.Element;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import java.util.UUID;

/**
 * The RIXML 2.5 description of a report, which research distribution systems read: who published
 * it and who wrote it (with their registration numbers), when, in what language, about which
 * sector and with what rating, and one Resource for each file of the report. Its IDs are UUIDs
 * derived from the house, the sector and the week, so a rebuild describes the same research. A
 * writer like the others, of the same document; it lists the files of the formats the build makes.
 */
public final class RixmlWriter implements Renderer {

    public static final String NAMESPACE = "http://www.rixml.org/2017/9/RIXML";
    private static final DateTimeFormatter ZULU = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT);
    /** The desk's own words for rating actions, as RIXML's RatingActionEnum names them; others go unnamed. */
    private static final Map<String, String> RATING_ACTIONS = Map.of(
            "首次", "Initiate", "维持", "Reiterate", "上调", "Upgrade", "下调", "Downgrade",
            "Initiate", "Initiate", "Maintain", "Reiterate", "Upgrade", "Upgrade", "Downgrade", "Downgrade");

    /** How often a series comes, as RIXML's PeriodicityEnum names it; a report of no series (a thematic one) has none. */
    private static final Map<String, String> PERIODICITIES = Map.of("week", "Weekly", "month", "Monthly");

    /**
     * Every kind of report the desk writes is, in RIXML's ProductCategoryEnum, a Report: a weekly
     * and a monthly are told apart by their series' periodicity, a thematic report by having none;
     * the desk's own words for the kind (行业周报, 专题报告) go with it.
     */
    private static final String PRODUCT_CATEGORY = "Report";

    /** The report's files this RIXML lists, the first being its primary resource. */
    private record Resource(Format format, String fileName) {
    }

    @Override
    public Format format() {
        return Format.RIXML;
    }

    /** The description of the documents among {@code formats}, the PDF first as the primary one. */
    @Override
    public Rendered render(Document document, Set<Format> formats) throws RenderException {
        List<Resource> resources = Stream.of(Format.PDF, Format.HTML, Format.MD)
                .filter(formats::contains)
                .map(f -> new Resource(f, document.fileStem() + "." + f.extension()))
                .toList();
        return Rendered.alone(write(document, resources));
    }

    private byte[] write(Document report, List<Resource> resources) throws RenderException {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            org.w3c.dom.Document xml = factory.newDocumentBuilder().newDocument();
            xml.setXmlStandalone(true);
            new Writing(xml, report).research(resources);
            return serialise(xml);
        } catch (ParserConfigurationException | TransformerException e) {
            throw new RenderException("the RIXML file could not be written: " + e.getMessage(), e);
        }
    }

    private static byte[] serialise(org.w3c.dom.Document xml) throws TransformerException {
        // The JDK's own serialiser, whatever else is on the class path: the same bytes from the jar and the tests.
        TransformerFactory factory = TransformerFactory.newDefaultInstance();
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        Transformer transformer = factory.newTransformer();
        transformer.setOutputProperty(OutputKeys.INDENT, "yes");
        transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        transformer.setOutputProperty("{http://xml.apache.org/xslt}indent-amount", "2");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transformer.transform(new DOMSource(xml), new StreamResult(out));
        // The JDK's serialiser puts no line break after the declaration.
        return out.toString(StandardCharsets.UTF_8).replaceFirst("\\?><", "?>\n<").getBytes(StandardCharsets.UTF_8);
    }

    /** A name-based UUID (RFC 4122 version 3): the same name gives the same ID on every build. */
    static String uuid(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static final class Writing {
        private final org.w3c.dom.Document xml;
        private final Document report;
        private final Document.Distribution about;
        private final String key;
        private final String published;
        private final String language;

        Writing(org.w3c.dom.Document xml, Document report) {
            this.xml = xml;
            this.report = report;
            this.about = report.distribution();
            this.key = about.house() + "/" + about.sectorSlug() + "/" + report.period();
            this.published = about.published().withOffsetSameInstant(ZoneOffset.UTC).format(ZULU);
            this.language = Locale.forLanguageTag(report.info().language()).getISO3Language();
        }

        void research(List<Resource> resources) {
            Element research = element(xml, "Research");
            xml.appendChild(research);
            research.setAttribute("researchID", uuid("research:" + key));
            research.setAttribute("createDateTime", published);
            research.setAttribute("language", language);
            Element product = child(research, "Product");
            product.setAttribute("productID", uuid("product:" + key));
            Element status = child(product, "StatusInfo");
            status.setAttribute("currentStatusIndicator", "Yes");
            status.setAttribute("statusDateTime", published);
            status.setAttribute("statusType", "Published");
            source(child(product, "Source"));
            content(child(product, "Content"), resources);
            context(child(product, "Context"));
        }

        private void source(Element source) {
            Element organization = child(source, "Organization");
            organization.setAttribute("type", "SellSideFirm");
            organization.setAttribute("primaryIndicator", "Yes");
            Element id = text(organization, "OrganizationID", about.shortName());
            id.setAttribute("idType", "PublisherDefined");
            text(organization, "OrganizationName", about.house()).setAttribute("nameType", "Display");
            Element group = child(organization, "PersonGroup");
            for (int i = 0; i < about.authors().size(); i++) {
                Document.Author author = about.authors().get(i);
                Element member = child(group, "PersonGroupMember");
                member.setAttribute("primaryIndicator", i == 0 ? "Yes" : "No");
                member.setAttribute("sequence", String.valueOf(i + 1));
                member.setAttribute("role", "Author");
                Element person = child(member, "Person");
                person.setAttribute("personID", uuid("person:" + about.house() + "/" + author.id()));
                String[] names = familyAndGiven(author.name());
                text(person, "FamilyName", names[0]);
                if (!names[1].isEmpty()) {
                    text(person, "GivenName", names[1]);
                }
                text(person, "DisplayName", author.name());
                // The regulator's registration number (执业证书编号) is the analyst's credential.
                text(person, "Credentials", author.licence());
                Element contact = child(person, "ContactInfo");
                contact.setAttribute("nature", "Business");
                text(contact, "Email", author.email());
            }
        }

        private void content(Element content, List<Resource> resources) {
            text(content, "Title", report.info().title());
            text(content, "Abstract", about.abstractText());
            for (int i = 0; i < resources.size(); i++) {
                Resource file = resources.get(i);
                Element resource = child(content, "Resource");
                resource.setAttribute("resourceID", uuid("resource:" + key + "/" + file.format().label()));
                resource.setAttribute("language", language);
                resource.setAttribute("primaryIndicator", i == 0 ? "Yes" : "No");
                resource.setAttribute("sequence", String.valueOf(i + 1));
                text(resource, "MIMEType", file.format().mimeType());
                text(resource, "Name", file.fileName());
            }
        }

        private void context(Element context) {
            context.setAttribute("external", "Yes");
            // RIXML's order: IssuerDetails, ProductDetails, ProductClassifications.
            if (!about.companies().isEmpty()) {
                issuers(child(context, "IssuerDetails"));
            }
            productDetails(child(context, "ProductDetails"));
            Element sector = child(child(context, "ProductClassifications"), "SectorIndustry");
            sector.setAttribute("classificationType", "PublisherDefined");
            sector.setAttribute("code", about.sectorSlug());
            sector.setAttribute("level", "1");
            sector.setAttribute("focusLevel", "Yes");
            sector.setAttribute("primaryIndicator", "Yes");
            if (about.rating() != null) {
                rating(sector, about.rating(), about.ratingAction());
            }
            text(sector, "Name", about.sectorName());
        }

        private void productDetails(Element details) {
            details.setAttribute("publicationDateTime", published);
            String periodicity = PERIODICITIES.get(about.periodicity());
            details.setAttribute("periodicalIndicator", periodicity == null ? "No" : "Yes");
            text(details, "ProductCategory", about.kindTitle()).setAttribute("productCategory", PRODUCT_CATEGORY);
            if (periodicity != null) {
                Element series = child(details, "ProductSeries");
                child(series, "Periodicity").setAttribute("periodicityValue", periodicity);
                text(series, "SeriesName", about.series());
                text(series, "SeriesID", uuid("series:" + about.house() + "/" + about.sectorSlug()
                        + ("Weekly".equals(periodicity) ? "" : "/" + periodicity)));
            }
        }

        /** Each covered company as a corporate issuer whose listed share carries the desk's rating. */
        private void issuers(Element details) {
            for (Document.CoveredCompany company : about.companies()) {
                Element issuer = child(details, "Issuer");
                issuer.setAttribute("issuerType", "Corporate");
                issuer.setAttribute("primaryIndicator", "No");
                Element security = child(child(issuer, "SecurityDetails"), "Security");
                security.setAttribute("primaryIndicator", "Yes");
                exchangeCode(child(security, "SecurityID"), company.code());
                // A covered company's listed share: an equity, a stock.
                child(security, "AssetClass").setAttribute("assetClass", "Equity");
                child(security, "AssetType").setAttribute("assetType", "Stock");
                rating(security, company.rating(), company.action());
                exchangeCode(child(issuer, "IssuerID"), company.code());
                Element name = child(issuer, "IssuerName");
                name.setAttribute("nameType", "Display");
                text(name, "NameValue", company.name());
            }
        }

        /** A code such as 300620.SZ is the exchange's, which RIXML's list of ID types does not name. */
        private static void exchangeCode(Element id, String code) {
            id.setAttribute("idType", "PublisherDefined");
            id.setAttribute("publisherDefinedValue", "ExchangeCode");
            id.setAttribute("idValue", code);
        }

        /** The desk's own rating of the sector or of a security, with the action RIXML has a name for. */
        private void rating(Element rated, String value, String deskAction) {
            Element rating = child(rated, "Rating");
            rating.setAttribute("rating", "PublisherDefined");
            String action = RATING_ACTIONS.get(deskAction);
            if (action != null) {
                rating.setAttribute("ratingAction", action);
            }
            rating.setAttribute("ratingDateTime", published);
            text(rating, "PublisherDefinedValue", value);
            child(rating, "RatingEntity").setAttribute("ratingEntity", "Publisher");
        }

        /** A Chinese name is family name first, one character; a name in Latin letters ends with it. */
        private static String[] familyAndGiven(String name) {
            String trimmed = name.strip();
            int space = trimmed.lastIndexOf(' ');
            if (space > 0) {
                return new String[]{trimmed.substring(space + 1), trimmed.substring(0, space)};
            }
            int first = trimmed.offsetByCodePoints(0, Math.min(1, trimmed.codePointCount(0, trimmed.length())));
            return new String[]{trimmed.substring(0, first), trimmed.substring(first)};
        }

        private Element child(Element parent, String name) {
            Element child = element(xml, name);
            parent.appendChild(child);
            return child;
        }

        private Element text(Element parent, String name, String value) {
            Element child = child(parent, name);
            child.setTextContent(value);
            return child;
        }

        private static Element element(org.w3c.dom.Document xml, String name) {
            return xml.createElementNS(NAMESPACE, name);
        }
    }
}

package uk.council.complaints.report;

import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The charts: well-formed SVG with no style attribute, named and described, every value written beside its mark. */
class SvgChartTest {
    static final List<ChartLayout.Point> POINTS = List.of(
            new ChartLayout.Point("Complaints", "105", 105.0),
            new ChartLayout.Point("Call-back requests & <others>", "fewer than 5", null),
            new ChartLayout.Point("Compliments", "45", 45.0));

    @Test
    void aBarChartIsValidXmlWithoutStyleAndWithEveryLabelAndValue() throws Exception {
        Document svg = parse(SvgChart.render(ChartLayout.bars(POINTS), "report-a-chart", "Chart: \"A\"", "Bar chart of Number: ..."));
        Element root = svg.getDocumentElement();
        assertEquals("svg", root.getLocalName());
        assertEquals("img", root.getAttribute("role"));
        assertEquals("report-a-chart-title", root.getAttribute("aria-labelledby"));
        assertEquals("Chart: \"A\"", svg.getElementsByTagName("title").item(0).getTextContent());
        assertEquals("Bar chart of Number: ...", svg.getElementsByTagName("desc").item(0).getTextContent());
        assertNoStyle(root);
        List<String> texts = texts(svg);
        for (String label : List.of("Complaints", "105", "Call-back requests & <others>", "fewer than 5", "Compliments", "45")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
        int bars = 0;
        NodeList rects = svg.getElementsByTagName("rect");
        for (int i = 0; i < rects.getLength(); i++) {
            bars += ((Element) rects.item(i)).getAttribute("fill").startsWith("url(#report-a-chart-p") ? 1 : 0;
        }
        assertEquals(2, bars, "a hatched bar for each shown value, none for the hidden one");
        assertEquals(2, svg.getElementsByTagName("pattern").getLength(), "patterns, not colours, mark the bars");
    }

    @Test
    void aLineChartBreaksAtAHiddenValueAndLabelsEveryPoint() throws Exception {
        List<ChartLayout.Point> trend = List.of(new ChartLayout.Point("2021", "80", 80.0), new ChartLayout.Point("2022", "95", 95.0),
                new ChartLayout.Point("2023", "fewer than 5", null), new ChartLayout.Point("2024", "110", 110.0),
                new ChartLayout.Point("2025", "120", 120.0));
        Document svg = parse(SvgChart.render(ChartLayout.line(trend), "report-b-chart", "Chart: B", "Line chart"));
        assertNoStyle(svg.getDocumentElement());
        assertEquals(2, svg.getElementsByTagName("polyline").getLength(), "no line runs through the hidden value");
        List<String> texts = texts(svg);
        for (String label : List.of("2021", "80", "2023", "fewer than 5", "2025", "120")) {
            assertTrue(texts.contains(label), label + " in " + texts);
        }
    }

    @Test
    void thePdfsImageOfAChartIsAPng() throws Exception {
        byte[] png = ChartImage.png(ChartLayout.bars(POINTS));
        assertNotNull(ImageIO.read(new ByteArrayInputStream(png)));
        assertEquals(ChartLayout.BAR_WIDTH * 2, ImageIO.read(new ByteArrayInputStream(png)).getWidth());
    }

    private static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    private static void assertNoStyle(Element e) {
        assertFalse(e.hasAttribute("style"), "style attribute on " + e.getTagName());
        assertFalse(e.getTagName().equals("style") || e.getTagName().equals("script"), e.getTagName());
        NodeList kids = e.getChildNodes();
        for (int i = 0; i < kids.getLength(); i++) {
            if (kids.item(i) instanceof Element child) {
                assertNoStyle(child);
            }
        }
    }

    private static List<String> texts(Document svg) {
        List<String> texts = new ArrayList<>();
        NodeList nodes = svg.getElementsByTagName("text");
        for (int i = 0; i < nodes.getLength(); i++) {
            texts.add(nodes.item(i).getTextContent());
        }
        return texts;
    }
}

package com.sectorweekly.preview;

import com.sectorweekly.check.Finding;
import org.apache.commons.text.StringEscapeUtils;

import java.util.List;

/**
 * What the preview serves: the report with a few lines added that reload it when it is rebuilt,
 * or, while the content has errors, a page that lists them and reloads the same way.
 */
final class PreviewPage {

    private PreviewPage() {
    }

    /** The report, with the week's warnings in a corner and the reload script. */
    static String report(String html, List<Finding> warnings, long version) {
        StringBuilder added = new StringBuilder();
        if (!warnings.isEmpty()) {
            added.append("<aside id=\"preview-warnings\" style=\"position:fixed;right:1em;bottom:1em;max-width:40em;"
                    + "max-height:40vh;overflow:auto;background:#fff8e1;border:1px solid #e0b000;padding:.5em 1em;"
                    + "font:13px/1.4 sans-serif;box-shadow:0 2px 6px rgba(0,0,0,.2);z-index:9\"><strong>")
                    .append(warnings.size()).append(warnings.size() == 1 ? " warning" : " warnings").append("</strong>");
            findingList(added, warnings);
            added.append("</aside>\n");
        }
        added.append(reloadScript(version));
        int end = html.lastIndexOf("</body>");
        return end < 0 ? html + added : html.substring(0, end) + added + html.substring(end);
    }

    /** The page shown instead of the report while the content cannot be built. */
    static String problems(String title, List<Finding> findings, String detail, long version) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"zh-CN\"><head><meta charset=\"utf-8\">"
                + "<title>").append(escape(title)).append("</title><style>body{font:15px/1.5 sans-serif;margin:2em;"
                + "max-width:60em}h1{color:#b00020;font-size:1.3em}li{margin:.3em 0}code{background:#f4f4f4}</style>"
                + "</head><body><h1>").append(escape(title)).append("</h1>");
        if (!findings.isEmpty()) {
            findingList(page, findings);
        }
        if (detail != null) {
            page.append("<pre>").append(escape(detail)).append("</pre>");
        }
        page.append("<p>The page reloads by itself when the files are saved again.</p>\n")
                .append(reloadScript(version)).append("</body></html>\n");
        return page.toString();
    }

    private static void findingList(StringBuilder page, List<Finding> findings) {
        page.append("<ul>");
        for (Finding f : findings) {
            page.append("<li><code>").append(escape(f.location().toString())).append("</code> ")
                    .append(escape(f.message())).append("</li>");
        }
        page.append("</ul>");
    }

    /**
     * Reloads when the server announces a version other than this page's, and keeps the reader's
     * place on the page across the reload.
     */
    private static String reloadScript(long version) {
        return "<script>(function(){var v='" + version + "';"
                + "var y=sessionStorage.getItem('preview-scroll');if(y!==null){sessionStorage.removeItem('preview-scroll');"
                + "addEventListener('load',function(){scrollTo(0,+y);});}"
                + "new EventSource('/events').onmessage=function(e){if(e.data!==v){"
                + "sessionStorage.setItem('preview-scroll',String(scrollY));location.reload();}};})();</script>\n";
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }
}

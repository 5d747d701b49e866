package com.sectorweekly.preview;

import com.sectorweekly.check.Finding;
import org.apache.commons.text.StringEscapeUtils;

import java.util.List;

/**
 * What the preview serves: the report with a few lines added that put the new one in its place
 * when it is rebuilt, or, while the content has errors, a page that lists them and is replaced the
 * same way.
 */
final class PreviewPage {

    private PreviewPage() {
    }

    /** The report, with the week's warnings in a corner and the script that keeps it current. */
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
        page.append("<p>The page updates by itself when the files are saved again.</p>\n")
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
     * When the server announces a version other than the page's, fetches the new page and makes the
     * open one like it: no navigation, so no new event stream and no blank page between the two, and
     * the reader keeps their place. Only what changed is touched (a node whose tag or place differs
     * is replaced whole, text and attributes are set where they differ), so the browser lays out and
     * paints that part again, not the page and its charts. Scripts are left out on both sides, so
     * this one stays and runs once; the new page's copy only says which version that page is.
     * Should the fetch fail, the page reloads.
     */
    private static String reloadScript(long version) {
        return "<script data-preview-version=\"" + version + "\">(function(){var v='" + version + "',want=null,busy=false;"
                + "function skip(n){while(n&&n.nodeName==='SCRIPT')n=n.nextSibling;return n;}"
                + "function same(a,b){return a.nodeType===b.nodeType&&a.nodeName===b.nodeName;}"
                + "function morph(a,b){"
                + "if(a.nodeType!==1){if(a.nodeValue!==b.nodeValue)a.nodeValue=b.nodeValue;return;}"
                + "var i,n;for(i=a.attributes.length-1;i>=0;i--){n=a.attributes[i].name;if(!b.hasAttribute(n))a.removeAttribute(n);}"
                + "for(i=0;i<b.attributes.length;i++){n=b.attributes[i];if(a.getAttribute(n.name)!==n.value)a.setAttribute(n.name,n.value);}"
                + "var x=skip(a.firstChild),y=skip(b.firstChild),nx,ny;"
                + "while(y){ny=skip(y.nextSibling);if(x&&same(x,y)){nx=skip(x.nextSibling);morph(x,y);x=nx;}"
                + "else{a.insertBefore(document.importNode(y,true),x);}y=ny;}"
                + "while(x){nx=skip(x.nextSibling);a.removeChild(x);x=nx;}}"
                + "function update(){busy=true;var asked=want;"
                + "fetch('/',{cache:'no-store'}).then(function(r){return r.text();}).then(function(html){"
                + "var next=new DOMParser().parseFromString(html,'text/html');"
                + "morph(document.documentElement,next.documentElement);"
                + "v=next.querySelector('script[data-preview-version]').dataset.previewVersion;"
                + "busy=false;if(want!==asked&&want!==v)update();"
                + "}).catch(function(){location.reload();});}"
                + "new EventSource('/events').onmessage=function(e){want=e.data;if(!busy&&want!==v)update();};"
                + "})();</script>\n";
    }

    private static String escape(String text) {
        return StringEscapeUtils.escapeHtml4(text);
    }
}

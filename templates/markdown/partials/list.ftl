<#-- A list: numbered items with their marker as printed (1)), bullet items with -. What follows an
     item's first paragraph is indented under it, so a list inside a list nests: by the marker's
     width where Markdown reads the marker as a list's, else by two spaces. -->
<#macro itemList l>
<#list l.items as item>
<#local marker = l.numbered?then(item.marker, "-")>
${marker?no_esc} <#if item.lead()??>${rich(item.lead().text)}</#if>

<#if item.rest()?has_content>
<#local indent = marker?matches("[0-9]{1,9}[.)]|-")?then(marker?length + 1, 2)>
<#local nested><@blocks item.rest() /></#local>
${nested?markup_string?replace("(?m)^(?=.)", ""?left_pad(indent), "r")?no_esc}<#t>
</#if>
</#list>
</#macro>

<#-- A section: its heading one level below the page's title (## for a chapter), then its blocks. -->
<#macro section s>
<#if s.heading.listed()>
<a id="${s.heading.anchor}"></a>

</#if>
${""?left_pad([s.heading.level + 1, 6]?min, "#")?no_esc} ${s.heading.text}

<@blocks s.blocks />
</#macro>

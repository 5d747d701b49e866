<#-- Page 1: masthead, rating and analysts, headline, the summary's parts, then the panel of key figures. -->
<#assign cover = document.cover>
# ${document.masthead.sectorTitle} · ${document.masthead.reportType}

${document.masthead.badge} · ${document.masthead.house} · ${document.masthead.team} · ${document.masthead.date}

<#if cover.rating??>
**${cover.rating}**

</#if>
<#list cover.analysts as analyst>
${labels["cover.analyst"]}${labels["punct.colon"]}${analyst.name} · ${analyst.licence} · ${analyst.email}

</#list>
<#if cover.assistants??>
${cover.assistants}

</#if>
## ${cover.headline}

<#list cover.summary as part>
### ${part.heading.text}

<#list part.blocks as block>
<@b.block block />
</#list>
</#list>
<#if cover.panel??>
### ${cover.panel.heading.text}

<#list cover.panel.blocks as block>
<@b.block block />
</#list>
</#if>

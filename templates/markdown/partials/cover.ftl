<#-- Page 1: masthead, rating and analysts, headline, and the summary of the week. -->
<#assign cover = report.cover>
# ${report.masthead.sectorTitle} · ${report.masthead.reportType}

${report.masthead.badge} · ${report.masthead.house} · ${report.masthead.team} · ${report.masthead.date}

**${cover.rating}**

<#list cover.analysts as analyst>
${labels["cover.analyst"]}${labels["punct.colon"]}${analyst.name}${labels["punct.open"]}${analyst.licence}${labels["punct.close"]}${analyst.email}

</#list>
## ${cover.headline}

### ${cover.viewsTitle}

<#list cover.views as view>
${view?counter}) ${rich(view)}

</#list>
### ${cover.segmentsTitle}

<#list cover.segments as segment>
**${segment.name}**${labels["punct.colon"]}${segment.moves}${rich(segment.commentary)}

</#list>
### ${cover.coreDataTitle}

${rich(cover.coreData)}

### ${cover.adviceTitle}

${rich(cover.advice)}

### ${cover.risksTitle}

${cover.risks}


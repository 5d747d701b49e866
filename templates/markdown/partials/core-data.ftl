<#-- 二、核心数据更新: one subsection per KPI group, its prose, its charts and its data table. -->
<#assign section = report.coreData>
## ${section.heading.text}

<#list section.groups as group>
### ${group.heading.text}

<#list group.paragraphs as paragraph>
${rich(paragraph)}

</#list>
<#list group.charts as chart><@fig.chart chart /></#list>
<@fig.table group.table />

</#list>

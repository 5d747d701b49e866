<#-- A numbered table (图表N): caption, pipe table with numbers right-aligned, source line. -->
<#macro table figure>
**${figure.title}**

| <#list figure.columns as column>${column.title}<#sep> | </#list> |
| <#list figure.columns as column><#if column.numeric>---:<#else>---</#if><#sep> | </#list> |
<#list figure.rows as row>
| <#list row as cell>${cell}<#sep> | </#list> |
</#list>

${figure.source}

</#macro>

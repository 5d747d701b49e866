<#-- A numbered table (图表N): caption, pipe table with numbers right-aligned, note and source line.
     A column's group heading goes before its title, as pipe tables have one header row. -->
<#macro table figure>
<a id="${figure.anchor}"></a>

**${figure.title}**

| <#list figure.flatTitles() as title>${title}<#sep> | </#list> |
| <#list figure.columns as column><#if column.numeric()>---:<#elseif column.align == "CENTER">:---:<#else>---</#if><#sep> | </#list> |
<#list figure.rows as row>
| <#list row as cell>${cell}<#sep> | </#list> |
</#list>

<#if figure.note??>
${figure.note}

</#if>
${figure.source}

</#macro>

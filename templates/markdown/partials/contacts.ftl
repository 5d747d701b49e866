<#-- The desk's offices, a line each. -->
<#macro contacts c>
<#list c.offices as office>
**${office.city}** <#list office.lines as line>${line}<#sep>${labels["punct.semicolon"]}</#list>

</#list>
</#macro>

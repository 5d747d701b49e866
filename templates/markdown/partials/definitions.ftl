<#-- Terms and their meaning, a list item each: - **买入**：… -->
<#macro definitions d>
<#list d.definitions as definition>
- **${definition.term}**${labels["punct.colon"]}${rich(definition.definition)}
</#list>

</#macro>

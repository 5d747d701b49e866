<#-- The blocks of a report, one partial per type; block(b) writes any of them, a blank line after. -->
<#include "section.ftl">
<#include "paragraph.ftl">
<#include "list.ftl">
<#include "definitions.ftl">
<#include "table.ftl">
<#include "figures.ftl">
<#include "contacts.ftl">

<#macro blocks list>
<#list list as b><@block b /></#list>
</#macro>

<#macro block b>
<#switch b.kind>
<#case "section"><@section b /><#break>
<#case "paragraph"><@paragraph b /><#break>
<#case "list"><@itemList b /><#break>
<#case "definitions"><@definitions b /><#break>
<#case "table"><@table b /><#break>
<#case "figures"><@figures b /><#break>
<#case "contacts"><@contacts b /><#break>
</#switch>
</#macro>

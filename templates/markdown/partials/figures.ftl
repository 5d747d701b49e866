<#-- Charts and pictures: caption, a link to the drawing or the picture's copy beside the .md file,
     note and source line. -->
<#macro figures block>
<#list block.figures as figure>
<a id="${figure.anchor}"></a>

**${figure.title}**

![${figure.caption}](${figure.file})

<#if figure.note??>
${figure.note}

</#if>
${figure.source}

</#list>
</#macro>

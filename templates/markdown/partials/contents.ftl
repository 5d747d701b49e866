<#-- 内容目录 and 图表目录: every listed heading, indented by level, and every figure, in order,
     each a link to the anchor set beside it (GitHub, GitLab and wikis keep an <a id>). -->
## ${labels["contents.title"]}

<#list document.outline() as heading>
${""?left_pad((heading.level - 1) * 2)}- [${heading.text}](#${heading.anchor})
</#list>

## ${labels["contents.figures"]}

<#list document.figures() as figure>
- [${figure.title}](#${figure.anchor})
</#list>


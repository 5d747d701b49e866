<#-- A report as Markdown (CommonMark with pipe tables), walking the document tree: page 1, the
     contents, then each chapter, a macro per block type. ${…} escapes Markdown syntax in content. -->
<#import "partials/blocks.ftl" as b>
<#include "partials/cover.ftl">
<#include "partials/contents.ftl">
<#list document.chapters as chapter>
<@b.block chapter />
</#list>
